package org.pavilion.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.web.PlainText;

/**
 * File names in {@code Content-Disposition} (RFC 6266): read from an upload ({@code filename*=UTF-8''...} preferred
 * over {@code filename="..."}) and written on a download (an ASCII fallback plus the exact UTF-8 name).
 */
final class ContentDisposition {

    static final int MAX_NAME = 255;
    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*UTF-8'[^']*'([^;\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("filename\\s*=\\s*([^;\\s\"]+)", Pattern.CASE_INSENSITIVE);

    private ContentDisposition() {
    }

    /** The file name an upload declares; 400 when it is missing, too long, or carries a path separator or control. */
    static String filenameOf(String header) {
        if (header == null || header.isBlank()) {
            throw ApiProblem.BadRequest.field("Content-Disposition", "is required: attachment; filename=\"...\"");
        }
        String name = null;
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            name = decodePercent(extended.group(1));
        } else {
            Matcher quoted = QUOTED.matcher(header);
            if (quoted.find()) {
                name = quoted.group(1).replaceAll("\\\\(.)", "$1");
            } else {
                Matcher token = TOKEN.matcher(header);
                if (token.find()) {
                    name = token.group(1);
                }
            }
        }
        if (name == null || name.isBlank()) {
            throw ApiProblem.BadRequest.field("Content-Disposition", "must name the file: attachment; filename=\"...\"");
        }
        if (name.length() > MAX_NAME || name.codePointCount(0, name.length()) > MAX_NAME) {
            throw ApiProblem.BadRequest.field("filename", "must be at most " + MAX_NAME + " characters");
        }
        if (name.contains("/") || name.contains("\\") || !PlainText.isAcceptable(name) || name.chars().anyMatch(c -> c < 0x20)) {
            throw ApiProblem.BadRequest.field("filename", "must not contain path separators or control characters");
        }
        return name;
    }

    /** {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name>}. */
    static String attachment(String filename) {
        StringBuilder ascii = new StringBuilder();
        filename.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encodePercent(filename);
    }

    private static String decodePercent(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length()) {
                    throw ApiProblem.BadRequest.field("Content-Disposition", "has a malformed percent-encoded filename*");
                }
                try {
                    bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                } catch (RuntimeException e) {
                    throw ApiProblem.BadRequest.field("Content-Disposition", "has a malformed percent-encoded filename*");
                }
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        String decoded = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        if (decoded.contains("\uFFFD")) {
            throw ApiProblem.BadRequest.field("Content-Disposition", "filename* must be UTF-8");
        }
        return decoded;
    }

    private static String encodePercent(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
