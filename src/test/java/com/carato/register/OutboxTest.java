package com.carato.register;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shop database goes away mid-session: appraisals wait in the workstation's outbox, survive a
 * restart of the app, and reach the database once each, in order, when it is back.
 */
class OutboxTest {

    private static PostgresServer server;

    @TempDir
    Path home;

    @BeforeAll
    static void startServer() {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void entriesWaitWhileTheDatabaseIsDownAndArriveOnceInOrder() {
        String url = server.createDatabase();
        Path outbox = home.resolve("outbox");
        List<UUID> order = new ArrayList<>();

        try (ShopDatabase db = ShopDatabase.open(url, "postgres", "")) {
            CounterRegister counter = new CounterRegister(new JdbcRegister(db), outbox);
            for (int i = 0; i < 3; i++) {
                NewEntry e = RegisterFixtures.entry("Marco", "online-" + i, 1.0, 1000 + i);
                order.add(e.key());
                assertFalse(counter.record(e).pending(), "recorded at once while the database answers");
            }

            server.stop();
            for (int i = 0; i < 5; i++) {
                NewEntry e = RegisterFixtures.entry("Marco", "offline-" + i, 1.0, 2000 + i);
                order.add(e.key());
                Receipt receipt = counter.record(e);
                assertTrue(receipt.pending(), "kept in the outbox while the database is down");
            }
            assertEquals(5, counter.waiting());
            CounterRegister.FlushResult failed = counter.flush();
            assertEquals(0, failed.sent());
            assertTrue(failed.problem().contains("cannot be reached"), failed.problem());
        }

        // the app is closed while offline; it starts again later and the server is back
        server.startServer();
        try (ShopDatabase db = ShopDatabase.open(url, "postgres", "")) {
            CounterRegister restarted = new CounterRegister(new JdbcRegister(db), outbox);
            assertEquals(5, restarted.waiting(), "nothing lost when the app closed");
            List<Receipt> heard = new ArrayList<>();
            restarted.onSent(heard::add);

            CounterRegister.FlushResult sent = restarted.flush();
            assertEquals(5, sent.sent());
            assertEquals(0, restarted.waiting());
            assertEquals(0, restarted.flush().sent(), "a second flush sends nothing again");

            List<RegisterEntry> all = new ArrayList<>(new JdbcRegister(db).search(RegisterQuery.all()).entries());
            java.util.Collections.reverse(all);
            assertEquals(order, all.stream().map(RegisterEntry::key).toList(), "each once, in the counter's order");
            assertEquals(order.subList(3, 8), heard.stream().map(Receipt::key).toList(), "each sent entry heard once");
            assertTrue(heard.stream().noneMatch(Receipt::pending), "with its register number");
        }
    }

    @Test
    void anEntrySentJustBeforeACrashIsNotDoubled() {
        String url = server.createDatabase();
        Path outbox = home.resolve("outbox2");
        try (ShopDatabase db = ShopDatabase.open(url, "postgres", "")) {
            JdbcRegister database = new JdbcRegister(db);
            NewEntry entry = RegisterFixtures.entry("Giulia", "crash", 1.5, 9000);
            new Outbox(outbox).add(entry);
            database.record(entry); // sent, but the app died before it forgot the file

            CounterRegister counter = new CounterRegister(database, outbox);
            assertEquals(1, counter.flush().sent());
            assertEquals(1, database.search(RegisterQuery.all()).entries().size(), "recorded once");
        }
    }

    @Test
    void newEntriesQueueBehindWaitingOnes() {
        String url = server.createDatabase();
        Path outbox = home.resolve("outbox3");
        try (ShopDatabase db = ShopDatabase.open(url, "postgres", "")) {
            JdbcRegister database = new JdbcRegister(db);
            NewEntry older = RegisterFixtures.entry("Giulia", "older", 1.0, 3000);
            new Outbox(outbox).add(older);
            NewEntry newer = RegisterFixtures.entry("Giulia", "newer", 1.0, 3100);

            Receipt receipt = new CounterRegister(database, outbox).record(newer);

            assertFalse(receipt.pending());
            List<RegisterEntry> all = database.search(RegisterQuery.all()).entries();
            assertEquals(List.of(newer.key(), older.key()), all.stream().map(RegisterEntry::key).toList(),
                    "the waiting entry went first");
        }
    }

    @Test
    void aWorkstationStartedWhileTheDatabaseIsDownKeepsEntriesAndItsStatusSaysSo() {
        String url = server.createDatabase();
        Path outbox = home.resolve("outbox4");
        server.stop();
        try (ShopDatabase db = ShopDatabase.connect(url, "postgres", "")) {
            JdbcRegister register = new JdbcRegister(db);
            CounterRegister counter = new CounterRegister(register, outbox);
            NewEntry entry = RegisterFixtures.entry("Marco", "at-start", 1.2, 5100);

            assertTrue(counter.record(entry).pending(), "the database was never reachable: the entry waits");
            CounterRegister.CounterStatus offline = counter.check();
            assertFalse(offline.reachable());
            assertEquals(1, offline.waiting());
            assertTrue(offline.problem().contains("cannot be"), offline.problem());

            server.startServer();
            CounterRegister.CounterStatus back = counter.check();
            assertTrue(back.reachable(), String.valueOf(back.problem()));
            assertEquals(0, back.waiting(), "sent when the database came back");
            assertEquals(List.of(entry.key()), register.search(RegisterQuery.all()).entries().stream()
                    .map(RegisterEntry::key).toList());
        } finally {
            server.startServer(); // for the other tests, also when this one failed with the server down
        }
    }
}
