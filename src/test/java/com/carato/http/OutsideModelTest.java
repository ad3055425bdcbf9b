package com.carato.http;

import com.carato.domain.Appraisal;
import com.carato.domain.Diamond;
import com.carato.domain.FieldError;
import com.carato.domain.Said;
import com.carato.domain.OutsideModelException;
import com.carato.service.AppraisalOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static com.carato.http.Http.STONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A valid stone the model refuses to price (beyond its limits) answers 422 {@code outside-model}
 * naming the field and the limit, alone or as its own item of a batch, in JSON and in CSV. The
 * shared test model never refuses, so the server runs over a pricer that wraps it with a weight
 * limit and throws {@link OutsideModelException} beyond it, as the engine does: everything from the
 * handlers to the JSON on the wire is the server's own.
 */
class OutsideModelTest {

    static final double LIMIT = 4.0;
    static final String HEAVY = """
            {"carat": 5.0, "cut": "Premium", "color": "H", "clarity": "SI1", "depth": 61.7, "table": 58,
             "x": 10.96, "y": 11.03, "z": 6.78}""";

    static CaratoServer server;
    static Http http;
    static SchemaCheck schemas;
    static JsonNode doc;

    /** The shared model with a weight limit of {@link #LIMIT} carats. */
    static final class LimitedPricer implements Pricer {
        private final Pricer model;

        LimitedPricer(Pricer model) {
            this.model = model;
        }

        @Override
        public Appraisal appraise(Diamond stone, boolean explain) {
            if (stone.carat() > LIMIT) {
                throw new OutsideModelException(List.of(Said.error("carat", String.format(Locale.ROOT,
                        "%.2f ct is heavier than this model's limit of %.2f ct (1.5 × the heaviest stone it learnt"
                                + " from)", stone.carat(), LIMIT))), LIMIT);
            }
            return model.appraise(stone, explain);
        }

        @Override
        public List<AppraisalOutcome> appraiseEach(List<Diamond> stones, boolean explain) {
            return stones.stream().map(s -> AppraisalOutcome.of(() -> appraise(s, explain))).toList();
        }
    }

    @BeforeAll
    static void start() {
        TestModels.Loaded loaded = TestModels.loaded();
        server = CaratoServer.create(new LimitedPricer(Pricer.of(loaded.appraiser())), loaded.appraiser(),
                loaded.models(), ServerConfig.defaults().withPort(0)).start();
        http = new Http(server.url());
        doc = http.get("/openapi.json").json();
        schemas = new SchemaCheck(doc);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static JsonNode schema(String path, String status, String type) {
        return doc.get("paths").get(path).get("post").get("responses").get(status).get("content").get(type).get("schema");
    }

    @Test
    void aStoneBeyondTheModelIs422NamingTheFieldAndTheLimit() {
        for (String query : List.of("", "?explain=false")) {
            Http.Response r = http.postJson("/api/v1/appraisals" + query, HEAVY);
            JsonNode p = ProblemResponsesTest.problem(r, 422, "outside-model", "/api/v1/appraisals");
            assertEquals("Outside the model's limits", p.get("title").asText());
            assertEquals("outside the model: carat: 5.00 ct is heavier than this model's limit of 4.00 ct (1.5 × the"
                    + " heaviest stone it learnt from)", p.get("detail").asText());
            assertEquals(1, p.get("errors").size(), p.toString());
            assertEquals("carat", p.at("/errors/0/field").asText());
            assertTrue(p.at("/errors/0/message").asText().contains("limit of 4.00 ct"), p.toString());
            assertEquals(List.of(), schemas.check(p, schema("/api/v1/appraisals", "422", "application/problem+json")));
        }
        assertEquals(200, http.postJson("/api/v1/appraisals", STONE).status(), "a stone within the limit is priced");
    }

    @Test
    void inABatchTheRefusedStoneIsItsOwnItemAndTheOthersArePriced() {
        String body = "[" + STONE + ", " + HEAVY + ", {\"carat\": -1}, " + STONE.replace("1.01", "0.5").replace("\"x\": 6.42, \"y\": 6.46, \"z\": 3.98",
                "\"x\": 5.08, \"y\": 5.11, \"z\": 3.15") + "]";
        for (String query : List.of("", "?explain=true")) {
            Http.Response r = http.postJson("/api/v1/appraisals/batch" + query, body);
            assertEquals(200, r.status(), r.body());
            JsonNode items = r.json().get("appraisals");
            assertEquals(4, items.size());
            assertTrue(items.get(0).get("price").asDouble() > items.get(3).get("price").asDouble(), r.body());
            JsonNode refused = items.get(1);
            assertEquals(1, refused.get("index").asInt());
            assertEquals("urn:carato:problem:outside-model", refused.get("type").asText());
            assertEquals("Outside the model's limits", refused.get("title").asText());
            assertEquals(422, refused.get("status").asInt());
            assertEquals("stone 1: outside the model: carat: 5.00 ct is heavier than this model's limit of 4.00 ct"
                    + " (1.5 × the heaviest stone it learnt from)", refused.get("detail").asText());
            assertEquals("carat", refused.at("/errors/0/field").asText());
            assertEquals("urn:carato:problem:invalid-stone", items.get(2).get("type").asText());
            assertEquals(2, r.json().get("appraised").asInt());
            assertEquals(2, r.json().get("failed").asInt(), "the invalid stone and the refused one");
            assertEquals(List.of(), schemas.check(r.json(), schema("/api/v1/appraisals/batch", "200", "application/json")));
        }
    }

    @Test
    void inACsvBatchTheRefusalIsTheRowsErrorWithoutPrices() {
        String csv = "carat,cut,color,clarity,depth,table,x,y,z\n"
                + "1.01,Ideal,G,VS1,61.8,56,6.42,6.46,3.98\n"
                + "5,Premium,H,SI1,61.7,58,10.96,11.03,6.78\n";
        Http.Response r = http.post("/api/v1/appraisals/batch", "text/csv", csv);
        assertEquals(200, r.status(), r.body());
        List<String> lines = r.body().lines().toList();
        assertEquals("carat,cut,color,clarity,depth,table,x,y,z,predicted_price,price_low,price_high,error,warnings",
                lines.get(0));
        assertFalse(lines.get(1).split(",", -1)[9].isEmpty(), lines.get(1));
        assertEquals("5,Premium,H,SI1,61.7,58,10.96,11.03,6.78,,,,line 3: outside the model: carat: 5.00 ct is heavier than"
                + " this model's limit of 4.00 ct (1.5 × the heaviest stone it learnt from) [test.verbatim],", lines.get(2));
    }

    @Test
    void theMapperGivesTheRefusalsFieldsAndMessage() {
        OutsideModelException e = new OutsideModelException(List.of(Said.error("carat", "too heavy (limit 6.20 ct)")),
                6.2);
        ProblemException p = Problems.outsideModel(e);
        assertEquals(ProblemType.OUTSIDE_MODEL, p.type());
        assertEquals(422, p.type().status());
        assertEquals("urn:carato:problem:outside-model", p.type().uri());
        assertEquals("outside the model: carat: too heavy (limit 6.20 ct)", p.getMessage());
        assertEquals(e.errors(), p.errors());
    }
}
