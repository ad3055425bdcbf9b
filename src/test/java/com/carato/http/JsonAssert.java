package com.carato.http;

import com.fasterxml.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared assertions on problem answers. */
final class JsonAssert {

    private JsonAssert() {
    }

    static JsonNode problem(Http.Response r, int status, String type) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.isProblem(), r.contentType());
        JsonNode p = r.json();
        assertEquals("urn:carato:problem:" + type, p.get("type").asText(), r.body());
        assertEquals(status, p.get("status").asInt());
        return p;
    }
}
