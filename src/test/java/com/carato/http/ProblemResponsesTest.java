package com.carato.http;

import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.ModelService;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.carato.http.Http.STONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every error class answers application/problem+json with its reasons, never a stack trace. */
class ProblemResponsesTest {

    static CaratoServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = TestModels.start(ServerConfig.defaults().withMaxBodyBytes(4096).withMaxBatchSize(3));
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Checks the RFC 9457 members and that nothing internal leaks; returns the body. */
    static JsonNode problem(Http.Response r, int status, String type, String instance) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.isProblem(), r.contentType());
        JsonNode p = r.json();
        assertEquals("urn:carato:problem:" + type, p.get("type").asText(), r.body());
        assertEquals(status, p.get("status").asInt());
        assertFalse(p.get("title").asText().isEmpty());
        assertFalse(p.get("detail").asText().isEmpty());
        assertEquals(instance, p.get("instance").asText());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains("at com."),
                "no stack trace: " + r.body());
        return p;
    }

    @Test
    void malformedJsonIs400WithWhereItBreaks() {
        JsonNode p = problem(http.postJson("/api/v1/appraisals", "{\"carat\": 1.01, \"cut\": "), 400,
                "malformed-json", "/api/v1/appraisals");
        assertTrue(p.get("detail").asText().contains("line 1"), p.toString());
        problem(http.postJson("/api/v1/appraisals", ""), 400, "malformed-json", "/api/v1/appraisals");
        problem(http.postJson("/api/v1/appraisals", STONE + " trailing"), 400, "malformed-json", "/api/v1/appraisals");
        problem(http.postJson("/api/v1/appraisals/batch", "[" + STONE), 400, "malformed-json", "/api/v1/appraisals/batch");
    }

    @Test
    void wrongShapesAndParametersAre400() {
        problem(http.postJson("/api/v1/appraisals", "[" + STONE + "]"), 400, "bad-request", "/api/v1/appraisals");
        problem(http.postJson("/api/v1/appraisals/batch", STONE), 400, "bad-request", "/api/v1/appraisals/batch");
        JsonNode p = problem(http.postJson("/api/v1/appraisals?explain=maybe", STONE), 400, "bad-request",
                "/api/v1/appraisals");
        assertTrue(p.get("detail").asText().contains("explain must be true or false"), p.toString());
    }

    @Test
    void anInvalidStoneIs422ListingEveryFieldAndWhy() {
        String stone = """
                {"carat": "heavy", "cut": "Superb", "color": null, "clarity": 7, "depth": 120, "table": 0, "x": -1}""";
        JsonNode p = problem(http.postJson("/api/v1/appraisals", stone), 422, "invalid-stone", "/api/v1/appraisals");
        List<String> fields = new ArrayList<>();
        p.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("carat", "cut", "color", "clarity", "depth", "table", "x", "y", "z"), fields, p.toString());
        assertEquals("must be a JSON number, got the text \"heavy\"", p.at("/errors/0/message").asText());
        assertEquals("json.not-number", p.at("/errors/0/code").asText(), "each field error has a stable code");
        assertEquals("unknown grade 'Superb'; valid grades are Fair, Good, Very Good, Premium, Ideal (worst to best)",
                p.at("/errors/1/message").asText());
        assertTrue(p.at("/errors/2/message").asText().startsWith("missing; valid grades are J, I, H, G, F, E, D"));
        assertTrue(p.at("/errors/3/message").asText().contains("I1, SI2, SI1, VS2, VS1, VVS2, VVS1, IF"));
        assertTrue(p.at("/errors/4/message").asText().contains("between 0 and 100, got 120"));
        assertEquals("zero or negative size (-1)", p.at("/errors/6/message").asText());
        assertEquals("field.size-not-positive", p.at("/errors/6/code").asText());
        assertTrue(p.at("/errors/8/message").asText().startsWith("missing"));
    }

    @Test
    void anUnusableCsvIs422() {
        JsonNode p = problem(http.post("/api/v1/appraisals/batch", "text/csv", "carat,cut,color\n1.01,Ideal,G\n"),
                422, "invalid-csv", "/api/v1/appraisals/batch");
        assertTrue(p.get("detail").asText().contains("missing required columns"), p.toString());
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "[" + String.join(",", java.util.Collections.nCopies(40, STONE)) + "]";
        JsonNode p = problem(http.postJson("/api/v1/appraisals/batch", big), 413, "too-large", "/api/v1/appraisals/batch");
        assertTrue(p.get("detail").asText().contains("at most 4096 bytes"), p.toString());
    }

    @Test
    void aBatchOverTheLimitIs413ForJsonAndCsv() {
        String four = "[" + String.join(",", java.util.Collections.nCopies(4, STONE)) + "]";
        JsonNode p = problem(http.postJson("/api/v1/appraisals/batch", four), 413, "too-large", "/api/v1/appraisals/batch");
        assertTrue(p.get("detail").asText().contains("the batch has 4 stones; this server accepts at most 3"), p.toString());
        String csv = "carat,cut,color,clarity,depth,table,x,y,z\n"
                + "1.01,Ideal,G,VS1,61.8,56,6.42,6.46,3.98\n".repeat(4);
        problem(http.post("/api/v1/appraisals/batch", "text/csv", csv), 413, "too-large", "/api/v1/appraisals/batch");
        String three = "[" + String.join(",", java.util.Collections.nCopies(3, STONE)) + "]";
        assertEquals(200, http.postJson("/api/v1/appraisals/batch?explain=false", three).status(), "at the limit");
    }

    @Test
    void unknownRoutesAre404AndWrongMethods405() {
        problem(http.get("/nope"), 404, "not-found", "/nope");
        problem(http.get("/api/v1/stones"), 404, "not-found", "/api/v1/stones");
        problem(http.get("/webjars/swagger-ui/0.0/missing.js"), 404, "not-found", "/webjars/swagger-ui/0.0/missing.js");
        problem(http.get("/api/v1/appraisals"), 405, "method-not-allowed", "/api/v1/appraisals");
    }

    @Test
    void withoutAModelTheApiIs503AndHealthStaysUp(@TempDir Path empty) {
        ActiveModel none = new ActiveModel();
        CaratoServer idle = CaratoServer.create(new Appraiser(none), new ModelService(empty, none),
                ServerConfig.defaults().withPort(0)).start();
        try {
            Http h = new Http(idle.url());
            assertEquals(200, h.get("/health").status());
            problem(h.get("/ready"), 503, "not-ready", "/ready");
            problem(h.postJson("/api/v1/appraisals", STONE), 503, "not-ready", "/api/v1/appraisals");
            problem(h.postJson("/api/v1/appraisals/batch", "[" + STONE + "]"), 503, "not-ready", "/api/v1/appraisals/batch");
            problem(h.post("/api/v1/appraisals/batch", "text/csv",
                    "carat,cut,color,clarity,depth,table,x,y,z\n1.01,Ideal,G,VS1,61.8,56,6.42,6.46,3.98\n"),
                    503, "not-ready", "/api/v1/appraisals/batch");
            problem(h.get("/api/v1/model"), 503, "not-ready", "/api/v1/model");
            assertEquals(0, h.get("/api/v1/models").json().get("models").size());
        } finally {
            idle.stop();
        }
    }

    @Test
    void anUnreadableRegistryIs500WithoutItsDetails(@TempDir Path broken) throws Exception {
        // damaged lines are skipped (the rest of a log stays readable), so an unreadable log is one
        // that cannot be read at all
        Files.createDirectories(broken.resolve("registry.log"));
        TestModels.Loaded loaded = TestModels.loaded();
        CaratoServer s = CaratoServer.create(loaded.appraiser(), new ModelService(broken, new ActiveModel()),
                ServerConfig.defaults().withPort(0)).start();
        try {
            JsonNode p = problem(new Http(s.url()).get("/api/v1/models"), 500, "internal-error", "/api/v1/models");
            assertFalse(p.get("detail").asText().contains("registry.log"), "no server paths to clients: " + p);
        } finally {
            s.stop();
        }
    }
}
