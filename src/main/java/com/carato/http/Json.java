package com.carato.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The server's one JSON mapper: strict when reading, ISO-8601 dates when writing. */
final class Json {

    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private Json() {
    }

    /**
     * Parses a request body.
     *
     * @throws ProblemException 400 with where the JSON breaks
     */
    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "the request body is empty; send a JSON document");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new ProblemException(ProblemType.MALFORMED_JSON,
                    "the body is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code value} as the response body with a status and content type. */
    static void write(Context ctx, int status, String contentType, Object value) {
        try {
            ctx.status(status).contentType(contentType).result(MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static void ok(Context ctx, Object value) {
        write(ctx, 200, JSON, value);
    }
}
