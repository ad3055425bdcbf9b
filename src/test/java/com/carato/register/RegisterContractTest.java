package com.carato.register;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every register must do, run against H2 and against a real PostgreSQL server (the
 * subclasses). Each test gets an empty database.
 */
abstract class RegisterContractTest {

    protected ShopDatabase db;
    protected JdbcRegister register;

    /** An empty, migrated database. */
    protected abstract ShopDatabase openDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        db = openDatabase();
        register = new JdbcRegister(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEntryReadsBackExactlyAsRecorded() {
        NewEntry entry = new NewEntry(UUID.randomUUID(), Instant.parse("2026-12-01T10:15:30.123456789Z"),
                "counter-2", "Giulia", "Rossi-0042", Locale.ITALIAN, "CA-20261201-007",
                RegisterFixtures.appraisal(1.01, 7010.37, "20261130-091500-58014d2f"));

        RegisterEntry recorded = register.record(entry);
        RegisterEntry read = register.get(recorded.number());

        assertEquals(entry.appraisal(), read.appraisal(), "price, range, explanation and model as shown");
        assertEquals(Instant.parse("2026-12-01T10:15:30.123456Z"), read.at());
        assertEquals("counter-2", read.workstation());
        assertEquals("Giulia", read.salesperson());
        assertEquals("Rossi-0042", read.client());
        assertEquals(Locale.ITALIAN, read.language());
        assertEquals("CA-20261201-007", read.sheetNumber());
        assertEquals(entry.key(), read.key());
        assertFalse(read.voided());
        assertEquals(recorded, read);
    }

    @Test
    void numbersAreUniqueAndIncreaseInRecordingOrder() {
        long previous = 0;
        for (int i = 0; i < 5; i++) {
            long number = register.record(RegisterFixtures.entry("Marco", null, 0.5 + i / 10.0, 1000 + i)).number();
            assertTrue(number > previous, "number " + number + " after " + previous);
            previous = number;
        }
    }

    @Test
    void theSameKeyIsRecordedOnce() {
        NewEntry entry = RegisterFixtures.entry("Marco", "C-1", 1.0, 5000);
        RegisterEntry first = register.record(entry);
        RegisterEntry again = register.record(entry);

        assertEquals(first.number(), again.number());
        assertEquals(1, register.search(RegisterQuery.all()).entries().size());
    }

    @Test
    void searchFiltersByEveryField() {
        Instant day1 = LocalDate.of(2026, 11, 2).atTime(10, 0).toInstant(ZoneOffset.UTC);
        Instant day2 = LocalDate.of(2026, 11, 5).atTime(23, 30).toInstant(ZoneOffset.UTC);
        long a = record(day1, "Marco", "Rossi-1", 0.5, 1500, "m1").number();
        long b = record(day2, "Giulia", "rossi-2", 1.2, 8000, "m1").number();
        long c = record(day2, "Marco", "Bianchi", 2.1, 21000, "m2").number();
        RegisterQuery utc = RegisterQuery.all().inZone(ZoneOffset.UTC);

        assertEquals(List.of(c, b, a), numbers(utc), "newest first");
        assertEquals(List.of(a), numbers(utc.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2))));
        assertEquals(List.of(c, b), numbers(utc.between(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 5))),
                "the last day is included to its end");
        assertEquals(List.of(c, a), numbers(utc.bySalesperson("Marco")));
        assertEquals(List.of(b, a), numbers(utc.byClient("ROSSI")), "client references match from the start, any case");
        assertEquals(List.of(b), numbers(utc.carats(1.0, 2.0)));
        assertEquals(List.of(c, b), numbers(utc.prices(8000.0, null)));
        assertEquals(List.of(c), numbers(utc.byModel("m2")));
        assertEquals(List.of(), numbers(utc.byClient("50%_")), "wildcards in a reference are literal");
    }

    @Test
    void pagesSayWhetherMoreFollow() {
        for (int i = 0; i < 7; i++) {
            register.record(RegisterFixtures.entry("Marco", null, 1.0, 1000 + i));
        }
        RegisterPage first = register.search(RegisterQuery.all().page(1, 3));
        RegisterPage third = register.search(RegisterQuery.all().page(3, 3));

        assertEquals(3, first.entries().size());
        assertTrue(first.hasMore());
        assertEquals(1, third.entries().size());
        assertFalse(third.hasMore());
        assertEquals(1000.0, third.entries().get(0).appraisal().price(), "the oldest comes last");
    }

    @Test
    void anExportReadsEveryEntryOnceWhileTheCountersGoOnRecording() throws Exception {
        int entries = 2 * RegisterQuery.MAX_PAGE_SIZE + 17;
        for (int i = 0; i < entries; i++) {
            register.record(RegisterFixtures.entry(i % 2 == 0 ? "Marco" : "Giulia", null, 1.0, 1000 + i));
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int[] recordedMeanwhile = new int[1];
        long count = RegisterExport.csv(register, RegisterQuery.all(), out, written -> {
            // a counter records two appraisals after each page: with pages by position they would push
            // entries already written onto the next page, and the export would list them twice
            register.record(RegisterFixtures.entry("Marco", null, 1.0, 5000));
            register.record(RegisterFixtures.entry("Giulia", null, 1.0, 5001));
            recordedMeanwhile[0] += 2;
        }, () -> false);

        List<Long> numbers = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
                .map(line -> Long.parseLong(line.substring(0, line.indexOf(',')))).toList();
        assertEquals(entries, count);
        assertEquals(entries, numbers.size());
        assertEquals(entries, new java.util.HashSet<>(numbers).size(), "no entry twice");
        assertEquals(numbers.stream().sorted(java.util.Comparator.reverseOrder()).toList(), numbers, "newest first");
        assertEquals(6, recordedMeanwhile[0], "three pages, and the entries recorded meanwhile are not in it");
        assertEquals(entries, numbers.get(0), "the newest entry when the export started comes first");
    }

    @Test
    void keysetPagesContinueBelowTheLastNumberSeen() {
        for (int i = 0; i < 7; i++) {
            register.record(RegisterFixtures.entry("Marco", null, 1.0, 1000 + i));
        }
        RegisterPage first = register.search(RegisterQuery.all().page(1, 3));
        long last = first.entries().get(2).number();
        RegisterPage next = register.search(RegisterQuery.all().page(1, 3).belowNumber(last));
        assertEquals(List.of(last - 1, last - 2, last - 3), next.entries().stream().map(RegisterEntry::number).toList());
        assertTrue(next.hasMore());
        RegisterException bad = assertThrows(RegisterException.class, () -> RegisterQuery.all().belowNumber(0));
        assertEquals("below: must be 1 or more, got 0", bad.getMessage());
    }

    @Test
    void aVoidedEntryStaysListedWithWhoWhenAndWhy() {
        long n = register.record(RegisterFixtures.entry("Marco", "C-9", 1.0, 5000)).number();

        RegisterEntry voided = register.voidEntry(n, "manager", "typed the wrong clarity");

        assertTrue(voided.voided());
        assertEquals("manager", voided.voiding().by());
        assertEquals("typed the wrong clarity", voided.voiding().reason());
        assertEquals(5000.0, voided.appraisal().price(), "the entry itself is unchanged");
        assertEquals(List.of(n), numbers(RegisterQuery.all()));
        assertTrue(register.search(RegisterQuery.all()).entries().get(0).voided());
    }

    @Test
    void badVoidsAreRefusedWithTheReason() {
        long n = register.record(RegisterFixtures.entry("Marco", null, 1.0, 5000)).number();

        RegisterException noReason = assertThrows(RegisterException.class, () -> register.voidEntry(n, "manager", " "));
        assertEquals(RegisterException.Problem.NO_REASON, noReason.problem());
        assertTrue(noReason.getMessage().contains("reason is required"), noReason.getMessage());

        RegisterException unknown = assertThrows(RegisterException.class,
                () -> register.voidEntry(n + 1000, "manager", "wrong"));
        assertEquals(RegisterException.Problem.UNKNOWN_NUMBER, unknown.problem());
        assertTrue(unknown.getMessage().contains(String.valueOf(n + 1000)), unknown.getMessage());

        register.voidEntry(n, "manager", "wrong stone");
        RegisterException twice = assertThrows(RegisterException.class, () -> register.voidEntry(n, "owner", "again"));
        assertEquals(RegisterException.Problem.ALREADY_VOIDED, twice.problem());
        assertTrue(twice.getMessage().contains("wrong stone") && twice.getMessage().contains("manager"),
                twice.getMessage());
        assertEquals("wrong stone", register.get(n).voiding().reason(), "the first void stands");
    }

    @Test
    void badSearchesSayWhichValueIsWrong() {
        RegisterException dates = assertThrows(RegisterException.class,
                () -> RegisterQuery.all().between(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)));
        assertTrue(dates.getMessage().contains("from: 2026-12-02 is after to: 2026-12-01"), dates.getMessage());
        RegisterException page = assertThrows(RegisterException.class, () -> RegisterQuery.all().page(0, 50));
        assertTrue(page.getMessage().startsWith("page:"), page.getMessage());
        RegisterException carats = assertThrows(RegisterException.class, () -> RegisterQuery.all().carats(2.0, 1.0));
        assertTrue(carats.getMessage().contains("carat: min 2.0 is above max 1.0"), carats.getMessage());
        assertEquals(RegisterException.Problem.UNKNOWN_NUMBER,
                assertThrows(RegisterException.class, () -> register.get(424242)).problem());
    }

    /**
     * Four counters record 1,000 appraisals each at the same time: every entry is there once,
     * whole, under its own number.
     */
    @Test
    void fourWritersAtOnceLoseNothing() throws Exception {
        int writers = 4;
        int each = 1_000;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<List<RegisterEntry>>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String salesperson = "writer-" + w;
            Callable<List<RegisterEntry>> job = () -> {
                List<RegisterEntry> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(register.record(RegisterFixtures.entry(salesperson, "c-" + i, 0.3 + (i % 200) / 100.0,
                            500 + i)));
                }
                return mine;
            };
            results.add(pool.submit(job));
        }
        List<RegisterEntry> written = new ArrayList<>();
        for (Future<List<RegisterEntry>> f : results) {
            written.addAll(f.get());
        }
        pool.shutdown();

        Set<Long> numbers = new HashSet<>();
        written.forEach(e -> numbers.add(e.number()));
        assertEquals(writers * each, numbers.size(), "numbers are unique");
        List<RegisterEntry> stored = new ArrayList<>();
        for (int page = 1; ; page++) {
            RegisterPage p = register.search(RegisterQuery.all().page(page, RegisterQuery.MAX_PAGE_SIZE));
            stored.addAll(p.entries());
            if (!p.hasMore()) {
                break;
            }
        }
        assertEquals(writers * each, stored.size(), "all entries present");
        Set<RegisterEntry> expected = new HashSet<>(written);
        for (RegisterEntry e : stored) {
            assertTrue(expected.contains(e), "entry " + e.number() + " reads back whole");
        }
    }

    private RegisterEntry record(Instant at, String salesperson, String client, double carat, double price,
                                 String model) {
        return register.record(new NewEntry(UUID.randomUUID(), at, "counter-1", salesperson, client, Locale.ENGLISH,
                null, RegisterFixtures.appraisal(carat, price, model)));
    }

    private List<Long> numbers(RegisterQuery query) {
        return register.search(query).entries().stream().map(RegisterEntry::number).toList();
    }
}
