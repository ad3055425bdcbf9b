package com.carato.ml.registry;

import com.carato.domain.HistoryReason;
import com.carato.domain.Message;
import com.carato.domain.VerdictReason;
import com.carato.register.PostgresServer;
import com.carato.register.ShopDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Why a history entry happened is stored as codes with arguments, in the folder log and in the shop
 * database alike, and read back equal; lines written before the codes existed, and codes this
 * version does not know, fall back to the English reason instead of failing the log.
 */
class HistoryCodesTest {

    private static final List<Message> SAID = List.of(HistoryReason.NOTE.with("new {expert}; 'first' batch"),
            HistoryReason.PROMOTED_BY.with("anna"), HistoryReason.RULE_PROMOTE.with(),
            VerdictReason.MAPE_OK.with(7.0, 6.8, -0.2, 0.1),
            VerdictReason.BAND_TOO_WORSE.with("1-1.5 ct", 120, 6.1, 6.4, 0.3, 0.25));

    @TempDir
    Path dir;

    @Test
    void theFolderLogKeepsTheCodesAndTheirArguments() throws Exception {
        roundTrip(new FolderChampionLog(dir, WriteHook.NONE));
    }

    @Test
    void theShopDatabaseKeepsTheCodesOnH2() throws Exception {
        try (ShopDatabase db = ShopDatabase.embedded(dir)) {
            roundTrip(new JdbcChampionLog(db));
        }
    }

    @Test
    void theShopDatabaseKeepsTheCodesOnPostgres() throws Exception {
        try (ShopDatabase db = ShopDatabase.open(PostgresServer.shared().createDatabase(), "postgres", "")) {
            roundTrip(new JdbcChampionLog(db));
        }
    }

    private static void roundTrip(ChampionLog log) throws Exception {
        log.append(new RegistryEvent(Instant.now(), RegistryEvent.TRAINED, "m1", null, "t", "trained", Map.of()));
        // nanoseconds a database would round up into the next millisecond
        RegistryEvent written = RegistryEvent.said(Instant.parse("2026-12-02T10:23:14.225999700Z"),
                RegistryEvent.PROMOTED, "m1", null, "anna", SAID, Map.of("mape", 6.8));
        log.append(written);
        List<RegistryEvent> read = log.history();
        assertEquals(List.of(), read.get(0).said(), "an entry without codes reads with none");
        assertEquals("trained", read.get(0).reason());
        RegistryEvent back = read.get(1);
        assertEquals(Instant.parse("2026-12-02T10:23:14.225999Z"), back.time(), "the time every store keeps");
        assertEquals(written.time(), back.time(), "read back exactly as written");
        assertEquals(SAID.stream().map(Message::english).toList(), back.said().stream().map(Message::english).toList());
        assertEquals(SAID.stream().map(m -> m.code()).toList(), back.said().stream().map(m -> m.code()).toList());
        assertEquals(RegistryEvent.english(SAID), back.reason());
        assertTrue(back.reason().startsWith("note: new {expert}; 'first' batch; promoted by anna; the rule says promote;"
                + " MAPE 7.00 % -> 6.80 %"), back.reason());
    }

    @Test
    void oldLinesAndUnknownCodesFallBackToTheEnglishReason() throws Exception {
        Path log = dir.resolve(FolderChampionLog.LOG_FILE);
        Files.writeString(log, String.join("\n",
                "{\"time\":\"2026-11-01T10:00:00Z\",\"action\":\"trained\",\"id\":\"m1\",\"actor\":\"t\","
                        + "\"reason\":\"trained\",\"figures\":{}}",
                "{\"time\":\"2026-11-01T10:01:00Z\",\"action\":\"promoted\",\"id\":\"m1\",\"actor\":\"t\","
                        + "\"reason\":\"promoted by a newer version\",\"figures\":{},"
                        + "\"said\":[{\"code\":\"history.from-the-future\",\"args\":[]},"
                        + "{\"code\":\"history.promoted-by\",\"args\":[\"t\"]}]}") + "\n", StandardCharsets.UTF_8);
        List<RegistryEvent> read = new FolderChampionLog(dir, WriteHook.NONE).history();
        assertEquals(2, read.size(), "both lines are read: " + read);
        assertEquals(List.of(), read.get(0).said());
        assertEquals(List.of(), read.get(1).said(), "an unknown code drops the codes, not the entry");
        assertEquals("promoted by a newer version", read.get(1).reason());
        assertEquals("m1", new FolderChampionLog(dir, WriteHook.NONE).champion().orElseThrow());
    }
}
