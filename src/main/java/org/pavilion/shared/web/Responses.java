package org.pavilion.shared.web;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** The two answers most endpoints give: a resource with its ETag, and a created resource with its Location. */
public final class Responses {

    private Responses() {
    }

    /** 200 with the resource and its version as ETag. */
    public static Response versioned(Object body, long version) {
        return Response.ok(body).tag(ETags.of(version)).build();
    }

    /** 201 with the new resource, its address as Location and its version as ETag. */
    public static Response created(String location, Object body, long version) {
        return Response.created(URI.create(location)).tag(ETags.of(version)).entity(body).build();
    }

    /** 200 with a service's versioned view. */
    public static Response versioned(Versioned<?> resource) {
        return versioned(resource.body(), resource.version());
    }

    /** 201 with a service's versioned view of what it created. */
    public static Response created(String location, Versioned<?> resource) {
        return created(location, resource.body(), resource.version());
    }
}
