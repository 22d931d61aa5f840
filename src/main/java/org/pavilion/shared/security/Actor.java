package org.pavilion.shared.security;

/** The person behind a change, as shown in audit events and histories. */
public record Actor(String subject, String name) {
}
