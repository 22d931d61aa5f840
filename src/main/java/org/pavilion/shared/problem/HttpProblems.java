package org.pavilion.shared.problem;

/** Titles and details for plain HTTP statuses raised by the framework itself. */
final class HttpProblems {

    private HttpProblems() {
    }

    static String type(int status) {
        return switch (status) {
            case 400 -> "validation-failed";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition failed";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            default -> "HTTP " + status;
        };
    }

    /** The detail of a 415 on this path: which media types its operations accept. */
    static String unsupportedMediaType(String path) {
        String accepted;
        if (path.endsWith("/import")) {
            accepted = "text/csv";
        } else if (path.endsWith("/documents")) {
            accepted = "application/pdf, image/png or image/jpeg (the raw file)";
        } else {
            accepted = "application/json";
        }
        return "The request body's media type is not one this operation accepts: send " + accepted + ".";
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is not valid.";
            case 404 -> "No resource exists at this address.";
            case 405 -> "This resource does not support this method.";
            case 406 -> "This resource cannot answer in the requested media type.";
            case 413 -> "The request body is larger than the limit.";
            case 415 -> "The request body's media type is not the one this operation accepts.";
            default -> title(status) + ".";
        };
    }
}
