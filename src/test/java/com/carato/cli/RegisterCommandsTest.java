package com.carato.cli;

import com.carato.register.JdbcRegister;
import com.carato.register.NewEntry;
import com.carato.register.PostgresServer;
import com.carato.register.RegisterFixtures;
import com.carato.register.ShopDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code carato register …} on the embedded register of a data folder, and on a PostgreSQL server. */
class RegisterCommandsTest {

    @TempDir
    Path home;

    private long first;
    private long second;

    @BeforeEach
    void recordTwo() {
        try (ShopDatabase db = ShopDatabase.embedded(home.resolve("register"))) {
            JdbcRegister register = new JdbcRegister(db);
            first = register.record(new NewEntry(UUID.randomUUID(), Instant.parse("2026-11-20T10:00:00Z"), "counter-1",
                    "Marco", "Rossi-0042", Locale.ITALIAN, "CA-20261120-001",
                    RegisterFixtures.appraisal(1.01, 7010, "20261130-091500-58014d2f"))).number();
            second = register.record(new NewEntry(UUID.randomUUID(), Instant.parse("2026-11-28T15:30:00Z"), "counter-2",
                    "Giulia", null, Locale.ENGLISH, null,
                    RegisterFixtures.appraisal(0.5, 1450, "20261130-091500-58014d2f"))).number();
        }
    }

    @Test
    void listShowsNewestFirstAndFilters() {
        CliRunner.Result all = CliRunner.run("register", "list", "--home", home.toString());
        assertEquals(0, all.exitCode(), all.err());
        String[] lines = all.out().split("\n");
        assertTrue(lines[1].trim().startsWith(String.valueOf(second)), all.out());
        assertTrue(lines[2].trim().startsWith(String.valueOf(first)), all.out());
        assertTrue(all.out().contains("$7,010") && all.out().contains("Rossi-0042"), all.out());

        CliRunner.Result byClient = CliRunner.run("register", "list", "--home", home.toString(), "--client", "rossi");
        assertTrue(byClient.out().contains("Rossi-0042") && !byClient.out().contains("Giulia"), byClient.out());

        CliRunner.Result byDate = CliRunner.run("register", "list", "--home", home.toString(), "--from", "2026-11-25",
                "--to", "2026-11-30", "--format", "csv");
        List<String> csv = byDate.out().lines().toList();
        assertEquals(2, csv.size(), byDate.out());
        assertTrue(csv.get(0).startsWith("number,recorded_at,workstation,salesperson,client,carat"), csv.get(0));
        assertTrue(csv.get(1).startsWith(second + ",2026-11-28T15:30:00Z,counter-2,Giulia,,0.5,"), csv.get(1));
    }

    @Test
    void showGivesTheAppraisalAsItWasGiven() {
        CliRunner.Result show = CliRunner.run("register", "show", String.valueOf(first), "--home", home.toString());
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("$7,010 (90 % range $5,959–$8,202)"), show.out());
        assertTrue(show.out().contains("CA-20261120-001") && show.out().contains("Marco"), show.out());
        assertTrue(show.out().contains("warning     weight and size disagree by 12 %"), show.out());
        assertTrue(show.out().contains("comparable  1.02 ct Premium G VS2"), show.out());
    }

    @Test
    void voidNeedsAReasonAndKeepsTheEntry() {
        CliRunner.Result noReason = CliRunner.run("register", "void", String.valueOf(first), "--home", home.toString());
        assertEquals(ExitCodes.REGISTER_ERROR, noReason.exitCode());
        assertTrue(noReason.err().contains("a reason is required (--reason TEXT)"), noReason.err());

        CliRunner.Result voided = CliRunner.run("register", "void", String.valueOf(first), "--home", home.toString(),
                "--reason", "wrong clarity typed", "--by", "manager");
        assertEquals(0, voided.exitCode(), voided.err());
        assertTrue(voided.out().contains("voided by manager: wrong clarity typed"), voided.out());

        CliRunner.Result list = CliRunner.run("register", "list", "--home", home.toString());
        assertTrue(list.out().lines().anyMatch(l -> l.trim().startsWith(first + " ") && l.endsWith("VOID")), list.out());
    }

    @Test
    void badInputGetsAClearMessage() {
        CliRunner.Result unknown = CliRunner.run("register", "show", "999", "--home", home.toString());
        assertEquals(ExitCodes.REGISTER_ERROR, unknown.exitCode());
        assertEquals("error: no register entry number 999", unknown.err().trim());

        CliRunner.Result badDate = CliRunner.run("register", "list", "--home", home.toString(), "--from", "2026-13-01");
        assertEquals(ExitCodes.REGISTER_ERROR, badDate.exitCode());
        assertTrue(badDate.err().contains("--from: '2026-13-01' is not a date; expected YYYY-MM-DD"), badDate.err());

        CliRunner.Result badFormat = CliRunner.run("register", "list", "--home", home.toString(), "--format", "xml");
        assertTrue(badFormat.err().contains("--format: expected table or csv, got 'xml'"), badFormat.err());

        CliRunner.Result badNumber = CliRunner.run("register", "show", "twelve", "--home", home.toString());
        assertEquals(ExitCodes.USAGE, badNumber.exitCode());
        assertTrue(badNumber.err().contains("twelve"), badNumber.err());
    }

    @Test
    void exportThenImportRestoresEveryEntryWithItsNumber() throws Exception {
        CliRunner.run("register", "void", String.valueOf(second), "--home", home.toString(), "--reason", "test void",
                "--by", "manager");
        Path backup = home.resolve("backup.jsonl");
        CliRunner.Result export = CliRunner.run("register", "export", "--out", backup.toString(), "--home", home.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().startsWith("2 entries written"), export.out());

        Path restored = home.resolve("restored");
        CliRunner.Result imported = CliRunner.run("register", "import", "--in", backup.toString(), "--home", restored.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().startsWith("2 entries restored"), imported.out());
        assertEquals(0, CliRunner.run("register", "import", "--in", backup.toString(), "--home", restored.toString())
                .exitCode(), "a restore can run again");

        String original = CliRunner.run("register", "show", String.valueOf(second), "--home", home.toString()).out();
        String copy = CliRunner.run("register", "show", String.valueOf(second), "--home", restored.toString()).out();
        assertEquals(original, copy);
        try (ShopDatabase db = ShopDatabase.embedded(restored.resolve("register"))) {
            long next = new JdbcRegister(db).record(RegisterFixtures.entry("after", null, 1.0, 100)).number();
            assertTrue(next > second, "numbering continues after the restored entries: " + next);
        }

        Files.writeString(backup, "{\"number\": 1}\n");
        CliRunner.Result bad = CliRunner.run("register", "import", "--in", backup.toString(), "--home", restored.toString());
        assertEquals(ExitCodes.REGISTER_ERROR, bad.exitCode());
        assertTrue(bad.err().contains("backup.jsonl, line 1: not a register backup entry"), bad.err());
    }

    @Test
    void aShopDatabaseIsUsedWithDb() {
        String url = PostgresServer.shared().createDatabase();
        try (ShopDatabase db = ShopDatabase.open(url, "postgres", "")) {
            new JdbcRegister(db).record(RegisterFixtures.entry("Shop", "PG-1", 2.0, 21000));
        }
        CliRunner.Result list = CliRunner.run("register", "list", "--db", url + "?user=postgres", "--home", home.toString());
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("PG-1") && !list.out().contains("Rossi"), list.out());
        assertFalse(list.out().contains("password"));
    }
}
