package org.pavilion.shared.web;

import java.util.Optional;

/**
 * The one rule for text a client sends (JSON strings, CSV fields, query filters): Unicode without
 * control characters. NUL, the C0 controls other than tab, CR and LF, DEL and the C1 controls are
 * refused, and so are lone surrogates (half of a character, which no store can keep faithfully).
 * Right-to-left marks, emoji and every script are text like any other.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Why this text is refused, or empty when it is acceptable. */
    public static Optional<String> problemWith(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return Optional.of(String.format("must not contain control characters (found U+%04X at position %d)", (int) c, i));
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("must not contain a lone surrogate (at position " + i + ")");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("must not contain a lone surrogate (at position " + i + ")");
            }
        }
        return Optional.empty();
    }

    /** Text as stored: trimmed, and null when absent or only whitespace. The one place this is decided. */
    public static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public static boolean isAcceptable(String text) {
        return problemWith(text).isEmpty();
    }
}
