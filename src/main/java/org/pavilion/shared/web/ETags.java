package org.pavilion.shared.web;

import jakarta.ws.rs.core.EntityTag;

import org.pavilion.shared.problem.ApiProblem;

/**
 * Optimistic concurrency: a resource's ETag is its row version. A change carrying
 * {@code If-Match} applies only while that version is current; without it, to the current one.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Throws 412 unless {@code ifMatch} is absent, {@code *}, or names {@code currentVersion}. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new ApiProblem.PreconditionFailed(
                "The resource has changed since you read it (current ETag \"" + current + "\"). Read it again and retry.");
    }
}
