package org.pavilion.shared.web;

/** What a service answers to a resource about one resource: its view, and its version for the ETag. */
public record Versioned<T>(T body, long version) {
}
