package com.carato.http;

/** The kinds of problem the API answers with (RFC 9457), each with its status and stable type URI. */
enum ProblemType {
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    BAD_REQUEST(400, "bad-request", "Bad request"),
    UNAUTHORIZED(401, "unauthorized", "Missing or wrong API key"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    TOO_LARGE(413, "too-large", "Request too large"),
    INVALID_STONE(422, "invalid-stone", "Invalid stone"),
    INVALID_CSV(422, "invalid-csv", "Unusable CSV"),
    OUTSIDE_MODEL(422, "outside-model", "Outside the model's limits"),
    INTERNAL(500, "internal-error", "Internal server error"),
    NOT_READY(503, "not-ready", "No model loaded"),
    NO_REGISTER(503, "no-register", "Register unavailable");

    /** Prefix of every problem type URI; the types are listed in docs/http-api.md. */
    static final String URI_PREFIX = "urn:carato:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    int status() {
        return status;
    }

    String uri() {
        return URI_PREFIX + slug;
    }

    String title() {
        return title;
    }
}
