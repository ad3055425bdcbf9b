package com.carato.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import static com.carato.http.Http.STONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document and the server agree: same routes, real answers match the schemas, examples too. */
class OpenApiContractTest {

    static CaratoServer server;
    static Http http;
    static JsonNode doc;
    static SchemaCheck schemas;

    @BeforeAll
    static void start() {
        server = TestModels.start(ServerConfig.defaults());
        http = new Http(server.url());
        Http.Response r = http.get("/openapi.json");
        assertEquals(200, r.status());
        doc = r.json();
        schemas = new SchemaCheck(doc);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
        TreeSet<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertEquals(documented, new TreeSet<>(server.routes()));
        assertTrue(doc.get("openapi").asText().startsWith("3."), "OpenAPI 3");
    }

    @Test
    void everyOperationDocumentsItsSuccessAndTheProblemsItCanAnswer() {
        forEachOperation((name, op) -> {
            assertTrue(op.at("/responses/200").isObject(), name + " has a 200");
            assertFalse(op.path("summary").asText().isEmpty(), name + " has a summary");
            if (name.contains("/api/v1/")) {
                assertTrue(op.at("/responses/401").isObject(), name + " documents 401");
            }
            if (name.startsWith("POST")) {
                for (String status : List.of("400", "413", "422", "503")) {
                    assertTrue(op.at("/responses/" + status).isObject(), name + " documents " + status);
                }
            }
        });
    }

    @Test
    void everyExampleMatchesItsSchema() {
        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        forEachOperation((name, op) -> {
            List<JsonNode> contents = new ArrayList<>();
            op.path("requestBody").path("content").forEach(contents::add);
            op.path("responses").forEach(r -> r.path("content").forEach(contents::add));
            for (JsonNode content : contents) {
                List<JsonNode> examples = new ArrayList<>();
                if (content.has("example")) {
                    examples.add(content.get("example"));
                }
                content.path("examples").forEach(e -> examples.add(e.get("value")));
                for (JsonNode example : examples) {
                    if (!example.isTextual()) {
                        checked[0]++;
                        schemas.check(example, content.get("schema")).forEach(p -> problems.add(name + " " + p));
                    }
                }
            }
        });
        assertEquals(List.of(), problems);
        assertTrue(checked[0] >= 15, "examples checked: " + checked[0]);
    }

    @Test
    void realAnswersMatchTheDocumentedSchemas() {
        assertMatches(http.postJson("/api/v1/appraisals", STONE), "/api/v1/appraisals", "post", "200");
        assertMatches(http.postJson("/api/v1/appraisals?explain=false", STONE), "/api/v1/appraisals", "post", "200");
        assertMatches(http.postJson("/api/v1/appraisals/batch", "[" + STONE + ", {\"carat\": 1}]"),
                "/api/v1/appraisals/batch", "post", "200");
        assertMatches(http.get("/api/v1/model"), "/api/v1/model", "get", "200");
        assertMatches(http.get("/api/v1/models"), "/api/v1/models", "get", "200");
        assertMatches(http.get("/health"), "/health", "get", "200");
        assertMatches(http.get("/ready"), "/ready", "get", "200");
        assertMatches(http.postJson("/api/v1/appraisals", "{\"carat\": -1}"), "/api/v1/appraisals", "post", "422");
        assertMatches(http.postJson("/api/v1/appraisals", "{"), "/api/v1/appraisals", "post", "400");
        assertMatches(http.post("/api/v1/appraisals/batch", "text/csv", "carat\n1\n"), "/api/v1/appraisals/batch",
                "post", "422");
    }

    @Test
    void theDocumentedRequestExamplesWork() {
        JsonNode single = doc.at("/paths/~1api~1v1~1appraisals/post/requestBody/content/application~1json/example");
        assertEquals(200, http.postJson("/api/v1/appraisals", single.toString()).status());
        JsonNode batch = doc.at("/paths/~1api~1v1~1appraisals~1batch/post/requestBody/content/application~1json/example");
        Http.Response r = http.postJson("/api/v1/appraisals/batch", batch.toString());
        assertEquals(200, r.status());
        assertEquals(batch.size(), r.json().get("appraisals").size());
        String csv = doc.at("/paths/~1api~1v1~1appraisals~1batch/post/requestBody/content/text~1csv/example").asText();
        Http.Response c = http.post("/api/v1/appraisals/batch", "text/csv", csv);
        assertEquals(200, c.status());
        String documented = doc.at("/paths/~1api~1v1~1appraisals~1batch/post/responses/200/content/text~1csv/example")
                .asText();
        assertEquals(documented.lines().findFirst(), c.body().lines().findFirst(), "the CSV answer's columns");
    }

    private static void assertMatches(Http.Response r, String path, String method, String status) {
        assertEquals(Integer.parseInt(status), r.status(), r.body());
        JsonNode response = doc.get("paths").get(path).get(method).get("responses").get(status);
        String type = r.contentType().split(";")[0].strip();
        JsonNode schema = response.path("content").path(type).path("schema");
        assertFalse(schema.isMissingNode(), path + " " + status + " documents " + type);
        assertEquals(List.of(), schemas.check(r.json(), schema), method + " " + path + " " + status + ": " + r.body());
    }

    private interface OperationVisitor {
        void visit(String name, JsonNode operation);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op ->
                    visitor.visit(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue()));
        }
    }
}
