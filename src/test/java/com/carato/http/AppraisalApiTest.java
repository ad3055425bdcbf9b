package com.carato.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static com.carato.http.Http.STONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every endpoint's successful answer, on a real server over a model trained on the reference data. */
class AppraisalApiTest {

    static CaratoServer server;
    static Http http;
    static String championId;

    @BeforeAll
    static void start() {
        TestModels.Loaded loaded = TestModels.loaded();
        championId = loaded.appraiser().model().id();
        server = CaratoServer.create(loaded.appraiser(), loaded.models(), ServerConfig.defaults().withPort(0)).start();
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void appraisesOneStoneWithItsExplanation() {
        Http.Response r = http.postJson("/api/v1/appraisals", STONE);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonNode a = r.json();
        double price = a.get("price").asDouble();
        assertTrue(price > 3000 && price < 15_000, "a 1.01 ct G VS1 Ideal: " + price);
        assertTrue(a.at("/range/low").asDouble() < price && price < a.at("/range/high").asDouble(), a.toString());
        assertEquals(0.9, a.at("/range/coverage").asDouble());
        assertEquals("USD", a.get("currency").asText());
        assertEquals(championId, a.at("/model/id").asText());
        assertFalse(a.at("/model/created").asText().isEmpty());
        JsonNode e = a.get("explanation");
        assertTrue(e.get("path").size() > 0 && e.at("/path/0/condition").isTextual(), e.toString());
        assertEquals(7, e.get("contributions").size(), "weight, cut, colour, clarity, depth, table, proportions");
        assertEquals(5, e.get("comparables").size());
        assertTrue(e.at("/leaf/stones").asInt() > 0);
        double total = e.get("baseline").asDouble();
        for (JsonNode c : e.get("contributions")) {
            total += c.get("dollars").asDouble();
        }
        assertEquals(price, total, 0.1, "baseline + contributions = price, within rounding to cents");
        assertTrue(a.get("warnings").isArray());
    }

    @Test
    void explainFalseSkipsTheExplanation() {
        JsonNode a = http.postJson("/api/v1/appraisals?explain=false", STONE).json();
        assertFalse(a.has("explanation"), a.toString());
        assertEquals(http.postJson("/api/v1/appraisals", STONE).json().get("price").asDouble(),
                a.get("price").asDouble(), 0.011, "the same price with or without the explanation");
    }

    @Test
    void acceptsGradesInAnyCaseAndABodyWithoutJsonContentType() {
        String stone = STONE.replace("\"Ideal\"", "\"very good\"").replace("\"VS1\"", "\"vs1\"");
        Http.Response r = http.post("/api/v1/appraisals", "application/x-www-form-urlencoded", stone);
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void warnsAboutAStoneHeavierThanAnySeen() {
        String heavy = """
                {"carat": 5.0, "cut": "Premium", "color": "H", "clarity": "SI1", "depth": 61.7, "table": 58,
                 "x": 10.96, "y": 11.03, "z": 6.78, "reference": "ignored"}""";
        JsonNode a = http.postJson("/api/v1/appraisals", heavy).json();
        assertEquals("carat-above-range", a.at("/warnings/0/code").asText(), a.toString());
        assertFalse(a.at("/warnings/0/message").asText().isEmpty());
    }

    @Test
    void batchAnswersEachStoneInOrderWithItsOwnError() {
        String body = "[" + STONE + ", {\"carat\": 0, \"cut\": \"Ideal\", \"color\": \"Q\", \"clarity\": \"VS1\","
                + " \"depth\": 61.8, \"table\": 56, \"x\": 6.42, \"y\": 6.46, \"z\": 3.98}, 42, "
                + STONE.replace("1.01", "0.5").replace("6.42", "5.08").replace("6.46", "5.11").replace("3.98", "3.15")
                + "]";
        Http.Response r = http.postJson("/api/v1/appraisals/batch?explain=true", body);
        assertEquals(200, r.status(), r.body());
        JsonNode items = r.json().get("appraisals");
        assertEquals(4, items.size());
        assertTrue(items.get(0).get("price").asDouble() > items.get(3).get("price").asDouble(), "1.01 ct > 0.5 ct");
        assertTrue(items.get(0).has("explanation"), "explained on request");
        JsonNode bad = items.get(1);
        assertEquals(1, bad.get("index").asInt());
        assertEquals(422, bad.get("status").asInt());
        assertEquals("urn:carato:problem:invalid-stone", bad.get("type").asText());
        assertEquals("carat", bad.at("/errors/0/field").asText());
        assertEquals("color", bad.at("/errors/1/field").asText());
        assertTrue(bad.at("/errors/1/message").asText().contains("J, I, H, G, F, E, D"), bad.toString());
        assertEquals("stone", items.get(2).at("/errors/0/field").asText());
        assertEquals(2, r.json().get("appraised").asInt());
        assertEquals(2, r.json().get("failed").asInt());
        assertEquals(items.get(0).at("/model/id"), items.get(3).at("/model/id"));
    }

    @Test
    void batchPricesWithoutExplanationByDefault() {
        JsonNode items = http.postJson("/api/v1/appraisals/batch", "[" + STONE + "]").json().get("appraisals");
        assertFalse(items.get(0).has("explanation"), items.toString());
        assertTrue(items.get(0).get("price").asDouble() > 0);
    }

    @Test
    void batchWithoutExplanation() {
        JsonNode items = http.postJson("/api/v1/appraisals/batch?explain=false", "[" + STONE + "]").json()
                .get("appraisals");
        assertFalse(items.get(0).has("explanation"));
        assertEquals(0, http.postJson("/api/v1/appraisals/batch", "[]").json().get("appraisals").size());
    }

    @Test
    void batchAcceptsCsvAndAnswersCsv() {
        String csv = "carat,cut,color,clarity,depth,table,x,y,z\n"
                + "1.01,Ideal,G,VS1,61.8,56,6.42,6.46,3.98\n"
                + "0.5,Ideal,G,VS1,61.8,56,0,0,0\n";
        Http.Response r = http.post("/api/v1/appraisals/batch", "text/csv", csv);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("text/csv"), r.contentType());
        String[] lines = r.body().split("\n");
        assertEquals("carat,cut,color,clarity,depth,table,x,y,z,predicted_price,price_low,price_high,error,warnings",
                lines[0]);
        assertEquals(3, lines.length);
        String[] first = lines[1].split(",", -1);
        assertTrue(Double.parseDouble(first[9]) > 3000, lines[1]);
        assertTrue(lines[2].endsWith("x: zero or negative size (0) [field.size-not-positive]; y: zero or negative size (0)"
                + " [field.size-not-positive]; z: zero or negative size (0) [field.size-not-positive],"),
                lines[2]);
    }

    @Test
    void activeModelShowsIdentityFingerprintAndFigures() {
        Http.Response r = http.get("/api/v1/model");
        assertEquals(200, r.status(), r.body());
        JsonNode m = r.json();
        assertEquals(championId, m.get("id").asText());
        assertEquals("champion", m.get("status").asText());
        assertEquals(64, m.at("/data/sha256").asText().length());
        assertEquals(4986, m.at("/data/rows").asInt());
        assertEquals(998, m.at("/metrics/holdout/count").asInt());
        assertTrue(m.at("/metrics/holdout/r2").asDouble() > 0.9, m.toString());
        assertTrue(m.at("/metrics/byBand").size() >= 4);
        assertFalse(m.at("/created").asText().isEmpty());
    }

    @Test
    void modelsListsTheRegistry() {
        JsonNode models = http.get("/api/v1/models").json().get("models");
        assertEquals(1, models.size());
        assertEquals(championId, models.get(0).get("id").asText());
    }

    @Test
    void healthAndReady() {
        assertEquals("up", http.get("/health").json().get("status").asText());
        Http.Response ready = http.get("/ready");
        assertEquals(200, ready.status());
        assertEquals("ready", ready.json().get("status").asText());
    }

    @Test
    void docsServeSwaggerUiFromThisServer() {
        Http.Response page = http.get("/docs");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertFalse(page.body().contains("https://"), "no CDN: " + page.body());
        String script = "/webjars/swagger-ui/" + ApiDocs.swaggerUiVersion() + "/swagger-ui-bundle.js";
        assertTrue(page.body().contains(script), page.body());
        Http.Response js = http.get(script);
        assertEquals(200, js.status());
        assertTrue(js.body().length() > 100_000, "the bundle itself");
        assertEquals(200, http.get("/webjars/swagger-ui/" + ApiDocs.swaggerUiVersion() + "/swagger-ui.css").status());
    }

    @Test
    void logsOneAccessLineWithMethodPathStatusAndLatency() throws InterruptedException {
        Logger access = (Logger) LoggerFactory.getLogger("com.carato.http.access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        access.addAppender(lines);
        try {
            http.get("/health");
            http.get("/nope");
            // the request logger runs after the answer is sent: give it a moment
            for (int i = 0; i < 100 && lines.list.size() < 2; i++) {
                Thread.sleep(10);
            }
        } finally {
            access.detachAppender(lines);
        }
        java.util.List<String> messages = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(messages.stream().anyMatch(m -> m.matches("GET /health 200 [0-9.]+ ms")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.matches("GET /nope 404 [0-9.]+ ms")), messages.toString());
    }
}
