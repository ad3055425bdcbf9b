package com.carato.http;

import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.ModelService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.carato.http.Http.STONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API-key rule and CORS. Servers here only ever bind 127.0.0.1. */
class SecurityTest {

    static final String KEY = "test-key-0123456789abcdef";
    static CaratoServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = TestModels.start(ServerConfig.defaults().withApiKeys(ApiKeys.of(List.of(KEY, "other-key-0123456789")))
                .withCorsOrigins(List.of("https://shop.example.com")));
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void anyAddressButLoopbackWithoutKeysRefusesToStart(@TempDir Path dir) {
        ActiveModel active = new ActiveModel();
        Appraiser appraiser = new Appraiser(active);
        ModelService models = new ModelService(dir, active);
        for (String host : List.of("0.0.0.0", "192.0.2.10", "::")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                    CaratoServer.create(appraiser, models, ServerConfig.defaults().withHost(host).withPort(0)));
            assertTrue(e.getMessage().contains("refusing to listen on " + host + " without API keys"), e.getMessage());
        }
        // with keys the same address is accepted (built, not started: tests bind loopback only)
        CaratoServer.create(appraiser, models, ServerConfig.defaults().withHost("0.0.0.0").withPort(0)
                .withApiKeys(ApiKeys.of(List.of(KEY))));
        assertTrue(ServerConfig.defaults().loopback());
        assertTrue(ServerConfig.defaults().withHost("localhost").loopback());
    }

    @Test
    void aMissingOrWrongKeyIs401() {
        JsonAssert.problem(http.postJson("/api/v1/appraisals", STONE), 401, "unauthorized");
        JsonAssert.problem(http.postJson("/api/v1/appraisals", STONE, "X-API-Key", "wrong-key-0123456789abc"), 401,
                "unauthorized");
        JsonAssert.problem(http.postJson("/api/v1/appraisals", STONE, "X-API-Key", KEY.substring(0, 10)), 401,
                "unauthorized");
        JsonAssert.problem(http.get("/api/v1/model"), 401, "unauthorized");
        JsonAssert.problem(http.get("/api/v1/models", "X-API-Key", ""), 401, "unauthorized");
        JsonAssert.problem(http.postJson("/api/v1/appraisals/batch", "[]"), 401, "unauthorized");
    }

    @Test
    void anyConfiguredKeyIsAccepted() {
        assertEquals(200, http.postJson("/api/v1/appraisals", STONE, "X-API-Key", KEY).status());
        assertEquals(200, http.get("/api/v1/model", "X-API-Key", "other-key-0123456789").status());
    }

    @Test
    void healthReadinessAndDocsStayOpen() {
        assertEquals(200, http.get("/health").status());
        assertEquals(200, http.get("/ready").status());
        assertEquals(200, http.get("/openapi.json").status());
        assertEquals(200, http.get("/docs").status());
    }

    @Test
    void corsAllowsTheConfiguredOriginOnly() {
        Http.Response allowed = http.get("/api/v1/model", "X-API-Key", KEY, "Origin", "https://shop.example.com");
        assertEquals("https://shop.example.com",
                allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        Http.Response other = http.get("/api/v1/model", "X-API-Key", KEY, "Origin", "https://evil.example.org");
        assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        Http.Response preflight = http.send("OPTIONS", "/api/v1/appraisals", "Origin", "https://shop.example.com",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type,x-api-key");
        assertTrue(preflight.status() < 300, "a preflight carries no key: " + preflight.status() + " " + preflight.body());
        assertEquals("https://shop.example.com",
                preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void keysAreReadFromAFileSkippingCommentsAndBlankLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.txt");
        Files.writeString(file, "# shop web app\n" + KEY + "\n\n  other-key-0123456789  \n");
        ApiKeys keys = ApiKeys.read(file);
        assertEquals(2, keys.size());
        assertTrue(keys.accepts(KEY) && keys.accepts("other-key-0123456789"));
        assertFalse(keys.accepts(null) || keys.accepts("") || keys.accepts("# shop web app"));
        assertFalse(keys.toString().contains(KEY), "keys never printed");
        Files.writeString(file, "# none\n\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ApiKeys.read(file)).getMessage()
                .contains("no API key"));
        Files.writeString(file, KEY + "\nshort\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ApiKeys.read(file)).getMessage()
                .contains("line 2: an API key must have at least 16 characters"));
    }

    @Test
    void keysComeFromTheEnvironmentVariableWhenNoFileIsGivenButNeverFromBoth(@TempDir Path dir) throws Exception {
        ApiKeys keys = ApiKeys.resolve(null, " " + KEY + ", other-key-0123456789\n");
        assertEquals(2, keys.size());
        assertTrue(keys.accepts(KEY) && keys.accepts("other-key-0123456789"));
        assertFalse(ApiKeys.resolve(null, null).enabled(), "neither: no keys");
        assertFalse(ApiKeys.resolve(null, "  ").enabled(), "a blank variable counts as unset");
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> ApiKeys.resolve(null, KEY + ",short"));
        assertEquals("CARATO_API_KEYS: key 2 is shorter than 16 characters", tooShort.getMessage());
        assertFalse(tooShort.getMessage().contains(KEY), "a key is never shown in a message");
        Path file = dir.resolve("keys.txt");
        Files.writeString(file, KEY + "\n");
        assertEquals(1, ApiKeys.resolve(file, null).size());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ApiKeys.resolve(file, KEY)).getMessage()
                .contains("API keys given twice"));
    }
}
