package com.carato.http;

import com.carato.register.JdbcRegister;
import com.carato.register.RegisterEntry;
import com.carato.register.ShopDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static com.carato.http.Http.STONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ?record=true} and the register endpoints: recorded as answered, readable with a key only. */
class RegisterApiTest {

    private static final String KEY = "register-test-key-0123456789";

    @TempDir
    static Path home;

    static ShopDatabase db;
    static JdbcRegister register;
    static CaratoServer server;
    static CaratoServer keyless;
    static Http http;
    static JsonNode doc;
    static SchemaCheck schemas;

    @BeforeAll
    static void start() {
        db = ShopDatabase.embedded(home.resolve("register"));
        register = new JdbcRegister(db);
        TestModels.Loaded l = TestModels.loaded();
        server = CaratoServer.create(l.appraiser(), l.models(),
                ServerConfig.defaults().withPort(0).withApiKeys(ApiKeys.of(List.of(KEY))),
                new ServerRegister(register, "serve@test")).start();
        keyless = CaratoServer.create(l.appraiser(), l.models(), ServerConfig.defaults().withPort(0),
                new ServerRegister(register, "serve@test")).start();
        http = new Http(server.url());
        doc = http.get("/openapi.json").json();
        schemas = new SchemaCheck(doc);
    }

    @AfterAll
    static void stop() {
        server.stop();
        keyless.stop();
        db.close();
    }

    @Test
    void aRecordedAppraisalIsKeptExactlyAsAnswered() {
        String body = STONE.replace("{", "{\"client\": \"Rossi-0042\", \"salesperson\": \"Giulia\", ");
        Http.Response r = http.postJson("/api/v1/appraisals?record=true", body, "X-API-Key", KEY);
        assertEquals(200, r.status(), r.body());
        check(r, "/api/v1/appraisals", "post");
        long number = r.json().get("registerNumber").asLong();

        RegisterEntry entry = register.get(number);
        assertEquals("Rossi-0042", entry.client());
        assertEquals("Giulia", entry.salesperson());
        assertEquals("serve@test", entry.workstation());
        assertEquals(r.json().get("price").asDouble(), Math.round(entry.appraisal().price() * 100) / 100.0);

        Http.Response one = http.get("/api/v1/register/" + number, "X-API-Key", KEY);
        assertEquals(200, one.status(), one.body());
        check(one, "/api/v1/register/{number}", "get");
        assertEquals(r.json().get("price"), one.json().at("/appraisal/price"));
        assertEquals(r.json().get("explanation"), one.json().at("/appraisal/explanation"), "the explanation as given");

        Http.Response list = http.get("/api/v1/register?client=rossi&from=" + LocalDate.now().minusDays(1)
                + "&to=" + LocalDate.now().plusDays(1), "X-API-Key", KEY);
        assertEquals(200, list.status(), list.body());
        check(list, "/api/v1/register", "get");
        assertEquals(number, list.json().at("/entries/0/number").asLong());
    }

    @Test
    void withoutRecordNothingIsRecorded() {
        int before = register.search(com.carato.register.RegisterQuery.all().page(1, 1000)).entries().size();
        Http.Response r = http.postJson("/api/v1/appraisals", STONE, "X-API-Key", KEY);
        assertEquals(200, r.status());
        assertFalse(r.json().has("registerNumber"));
        assertEquals(before, register.search(com.carato.register.RegisterQuery.all().page(1, 1000)).entries().size());
    }

    @Test
    void theRegisterNeedsAKeyAlsoOnLoopback() {
        Http.Response noKey = http.get("/api/v1/register");
        assertEquals(401, noKey.status());
        Http.Response wrongKey = http.get("/api/v1/register", "X-API-Key", "not-the-key-0123456789");
        assertEquals(401, wrongKey.status());
        assertTrue(wrongKey.json().get("detail").asText().contains("not valid"), wrongKey.body());

        Http keylessHttp = new Http(keyless.url());
        Http.Response noKeysConfigured = keylessHttp.get("/api/v1/register");
        assertEquals(401, noKeysConfigured.status());
        check(noKeysConfigured, "/api/v1/register", "get");
        assertTrue(noKeysConfigured.json().get("detail").asText().contains("only with an API key"), noKeysConfigured.body());
        Http.Response recordKeyless = keylessHttp.postJson("/api/v1/appraisals?record=true", STONE);
        assertEquals(401, recordKeyless.status(), "recording needs a key too");
        assertEquals(200, keylessHttp.postJson("/api/v1/appraisals", STONE).status(), "pricing does not");
    }

    @Test
    void badRequestsSayWhatIsWrong() {
        Http.Response unknown = http.get("/api/v1/register/999999", "X-API-Key", KEY);
        assertEquals(404, unknown.status());
        check(unknown, "/api/v1/register/{number}", "get");
        assertEquals("no register entry number 999999", unknown.json().get("detail").asText());

        Http.Response notNumber = http.get("/api/v1/register/abc", "X-API-Key", KEY);
        assertEquals(400, notNumber.status());
        assertTrue(notNumber.json().get("detail").asText().contains("'abc' is not a register number"));

        Http.Response badDate = http.get("/api/v1/register?from=2026-13-01", "X-API-Key", KEY);
        assertEquals(400, badDate.status());
        check(badDate, "/api/v1/register", "get");
        assertTrue(badDate.json().get("detail").asText().contains("from: '2026-13-01' is not a date"));

        Http.Response reversed = http.get("/api/v1/register?from=2026-12-02&to=2026-12-01", "X-API-Key", KEY);
        assertEquals(400, reversed.status());
        assertTrue(reversed.json().get("detail").asText().contains("is after to"), reversed.body());

        Http.Response badPage = http.get("/api/v1/register?page=0", "X-API-Key", KEY);
        assertEquals(400, badPage.status());

        Http.Response badRecord = http.postJson("/api/v1/appraisals?record=yes", STONE, "X-API-Key", KEY);
        assertEquals(400, badRecord.status());
        assertTrue(badRecord.json().get("detail").asText().contains("record must be true or false"));
    }

    @Test
    void aServerWithoutARegisterSaysHowToGetOne() {
        TestModels.Loaded l = TestModels.loaded();
        CaratoServer plain = CaratoServer.create(l.appraiser(), l.models(),
                ServerConfig.defaults().withPort(0).withApiKeys(ApiKeys.of(List.of(KEY)))).start();
        try {
            Http.Response r = new Http(plain.url()).get("/api/v1/register", "X-API-Key", KEY);
            assertEquals(503, r.status());
            check(r, "/api/v1/register", "get");
            assertTrue(r.json().get("detail").asText().contains("--home DIR or --db JDBC-URL"), r.body());
        } finally {
            plain.stop();
        }
    }

    private static void check(Http.Response r, String path, String method) {
        JsonNode response = doc.get("paths").get(path).get(method).get("responses").get(String.valueOf(r.status()));
        assertTrue(response != null, path + " documents " + r.status());
        String type = r.contentType().split(";")[0].strip();
        JsonNode schema = response.path("content").path(type).path("schema");
        assertFalse(schema.isMissingNode(), path + " " + r.status() + " documents " + type);
        assertEquals(List.of(), schemas.check(r.json(), schema), method + " " + path + ": " + r.body());
    }
}
