package org.pavilion.support;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service with its documents in an S3-compatible store (S3Mock) instead of PostgreSQL. */
public class S3StoreProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(S3MockResource.class));
    }
}
