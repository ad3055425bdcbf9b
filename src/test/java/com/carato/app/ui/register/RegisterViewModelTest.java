package com.carato.app.ui.register;

import com.carato.app.ui.appraise.StoneAppraiser;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.common.TaskRunner;
import com.carato.domain.Appraisal;
import com.carato.domain.Diamond;
import com.carato.domain.FieldError;
import com.carato.domain.FieldProblem;
import com.carato.domain.OutsideModelException;
import com.carato.register.JdbcRegister;
import com.carato.register.NewEntry;
import com.carato.register.RegisterEntry;
import com.carato.register.RegisterExport;
import com.carato.register.RegisterFixtures;
import com.carato.register.ShopDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Register screen's view model against a real embedded H2 register in a temporary folder. */
class RegisterViewModelTest {

    private static final String MODEL = "20261130-091500-58014d2f";
    private static final Executor NOW = Runnable::run;
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages ITALIAN = new Messages(Locale.ITALIAN);

    @TempDir
    Path dir;

    private ShopDatabase database;
    private JdbcRegister register;
    private TodaysModel today;
    private String salesperson = "Giulia";
    private byte[] sheet = "%PDF-1.7 sheet".getBytes(StandardCharsets.US_ASCII);

    @BeforeEach
    void open() {
        database = ShopDatabase.embedded(dir.resolve("register"));
        register = new JdbcRegister(database);
        today = new TodaysModel();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private RegisterViewModel viewModel(Executor background) {
        return new RegisterViewModel(register, TaskRunner.of(background, NOW), entry -> sheet, today,
                () -> salesperson);
    }

    private RegisterViewModel viewModel() {
        return viewModel(NOW);
    }

    private RegisterEntry record(String who, String client, double carat, double price, String day, String model) {
        Instant at = LocalDate.parse(day).atTime(11, 30).atZone(ZoneId.systemDefault()).toInstant();
        return register.record(new NewEntry(UUID.randomUUID(), at, "counter-1", who, client, Locale.ENGLISH,
                "CA-" + day.replace("-", "") + "-001", RegisterFixtures.appraisal(carat, price, model)));
    }

    private static List<Long> numbers(RegisterViewModel vm) {
        return vm.entries().stream().map(RegisterEntry::number).toList();
    }

    @Test
    void everyFilterNarrowsTheListNewestFirst() {
        RegisterEntry a = record("Anna", "C-042", 0.50, 1_500, "2026-11-02", MODEL);
        RegisterEntry b = record("Bruno", "C-0421", 1.01, 6_800, "2026-11-10", MODEL);
        RegisterEntry c = record("Anna", "D-7", 1.51, 11_900, "2026-11-20", "20261201-080000-aaaaaaaa");
        RegisterEntry d = record("Bruno", null, 2.10, 19_500, "2026-11-28", MODEL);
        RegisterViewModel vm = viewModel();
        SearchForm form = vm.form();

        vm.search();
        assertEquals(List.of(d.number(), c.number(), b.number(), a.number()), numbers(vm));
        assertEquals(1, vm.pageProperty().get());
        assertEquals(RegisterNotice.of(RegisterNotice.Kind.FOUND, 4, 1), vm.noticeProperty().get());

        form.salespersonProperty().set("Anna");
        vm.search();
        assertEquals(List.of(c.number(), a.number()), numbers(vm));

        form.salespersonProperty().set("");
        form.clientProperty().set("c-042");
        vm.search();
        assertEquals(List.of(b.number(), a.number()), numbers(vm), "the client reference matches from its start");

        form.clientProperty().set("");
        form.numberProperty(SearchField.MIN_CARAT).set("1,01");
        form.numberProperty(SearchField.MAX_CARAT).set("1.6");
        vm.search();
        assertEquals(List.of(c.number(), b.number()), numbers(vm), "a decimal comma or point, as typed");

        form.numberProperty(SearchField.MIN_CARAT).set("");
        form.numberProperty(SearchField.MAX_CARAT).set("");
        form.numberProperty(SearchField.MIN_PRICE).set("6 800");
        form.numberProperty(SearchField.MAX_PRICE).set("12000");
        vm.search();
        assertEquals(List.of(c.number(), b.number()), numbers(vm));

        form.numberProperty(SearchField.MIN_PRICE).set("");
        form.numberProperty(SearchField.MAX_PRICE).set("");
        form.fromProperty().set(LocalDate.parse("2026-11-10"));
        form.toProperty().set(LocalDate.parse("2026-11-20"));
        vm.search();
        assertEquals(List.of(c.number(), b.number()), numbers(vm), "both days included");

        form.fromProperty().set(null);
        form.toProperty().set(null);
        form.modelIdProperty().set("20261201-080000-aaaaaaaa");
        vm.search();
        assertEquals(List.of(c.number()), numbers(vm));

        form.modelIdProperty().set("no-such-model");
        vm.search();
        assertTrue(vm.entries().isEmpty());
        assertEquals(RegisterNotice.Kind.NOTHING_FOUND, vm.noticeProperty().get().kind());
    }

    @Test
    void pagesGoForwardAndBackByHasMore() {
        for (int i = 0; i < 12; i++) {
            record("Anna", "P-" + i, 0.5 + i / 10.0, 1_000 + 100 * i, "2026-11-15", MODEL);
        }
        RegisterViewModel vm = viewModel();
        vm.setPageSize(5);
        vm.search();
        List<Long> first = numbers(vm);
        assertEquals(5, first.size());
        assertTrue(vm.hasMoreProperty().get());
        vm.previous();
        assertEquals(1, vm.pageProperty().get(), "no page before the first");

        vm.next();
        assertEquals(2, vm.pageProperty().get());
        List<Long> second = numbers(vm);
        assertEquals(5, second.size());
        assertTrue(first.get(4) > second.get(0), "newest first, across pages");
        vm.next();
        assertEquals(3, vm.pageProperty().get());
        assertEquals(2, vm.entries().size());
        assertFalse(vm.hasMoreProperty().get());
        vm.next();
        assertEquals(3, vm.pageProperty().get(), "no page after the last");

        vm.previous();
        assertEquals(second, numbers(vm));
        vm.form().clientProperty().set("P-1");
        vm.search();
        assertEquals(1, vm.pageProperty().get(), "a new search starts at its first page");
        assertEquals(3, vm.entries().size(), "P-1, P-10, P-11");
    }

    @Test
    void badFiltersAreSaidNextToTheirFieldsInEnglishAndItalianAndNothingIsSearched() {
        record("Anna", null, 1.0, 5_000, "2026-11-15", MODEL);
        RegisterViewModel vm = viewModel();
        SearchForm form = vm.form();
        form.numberProperty(SearchField.MIN_CARAT).set("1,5");
        form.numberProperty(SearchField.MAX_CARAT).set("1");
        form.numberProperty(SearchField.MIN_PRICE).set("cheap");
        form.numberProperty(SearchField.MAX_PRICE).set("-5");
        form.fromProperty().set(LocalDate.of(2026, 12, 1));
        form.toProperty().set(LocalDate.of(2026, 11, 1));
        form.dateTyped(SearchField.FROM, null);
        vm.search();

        assertTrue(vm.entries().isEmpty(), "nothing searched");
        assertEquals(0, vm.pageProperty().get());
        assertEquals(RegisterNotice.Kind.FIX_FILTERS, vm.noticeProperty().get().kind());
        assertNull(form.errorProperty(SearchField.MIN_CARAT).get());
        RegisterTexts en = new RegisterTexts(ENGLISH);
        RegisterTexts it = new RegisterTexts(ITALIAN);
        assertEquals("The minimum 1.50 is above the maximum 1", en.notice(form.errorProperty(SearchField.MAX_CARAT).get()));
        assertEquals("Il minimo 1,50 supera il massimo 1", it.notice(form.errorProperty(SearchField.MAX_CARAT).get()));
        assertEquals("Not a number: \"cheap\"", en.notice(form.errorProperty(SearchField.MIN_PRICE).get()));
        assertEquals("Non è un numero: \"cheap\"", it.notice(form.errorProperty(SearchField.MIN_PRICE).get()));
        assertEquals("Must be 0 or more, not -5", en.notice(form.errorProperty(SearchField.MAX_PRICE).get()));
        assertEquals("Deve essere 0 o più, non -5", it.notice(form.errorProperty(SearchField.MAX_PRICE).get()));
        assertEquals("The start Dec 1, 2026 is after the end Nov 1, 2026",
                en.notice(form.errorProperty(SearchField.TO).get()));
        assertEquals("L'inizio 1 dic 2026 è dopo la fine 1 nov 2026", it.notice(form.errorProperty(SearchField.TO).get()));
        assertEquals("Correggi i filtri segnati in rosso.", it.notice(vm.noticeProperty().get()));

        form.dateTyped(SearchField.FROM, "yesterday");
        vm.search();
        assertEquals("Non è una data: \"yesterday\"", it.notice(form.errorProperty(SearchField.FROM).get()));

        form.dateTyped(SearchField.FROM, null);
        form.fromProperty().set(null);
        form.toProperty().set(null);
        form.numberProperty(SearchField.MIN_CARAT).set("");
        form.numberProperty(SearchField.MIN_PRICE).set("");
        form.numberProperty(SearchField.MAX_PRICE).set("");
        vm.search();
        for (SearchField field : SearchField.values()) {
            assertNull(form.errorProperty(field).get(), field + " is right now");
        }
        assertEquals(1, vm.entries().size());
    }

    @Test
    void aVoidNeedsAReasonAndKeepsTheEntryListedWithItsVoid() {
        RegisterEntry entry = record("Anna", "C-1", 1.0, 5_000, "2026-11-15", MODEL);
        RegisterViewModel vm = viewModel();
        vm.search();
        EntryViewModel opened = vm.open(vm.entries().get(0));

        opened.voidEntry("   ");
        assertEquals(RegisterNotice.Kind.VOID_NO_REASON, opened.noticeProperty().get().kind());
        assertEquals("Please give a reason for the void.", new RegisterTexts(ENGLISH).notice(opened.noticeProperty().get()));
        assertEquals("Indica il motivo dell'annullamento.", new RegisterTexts(ITALIAN).notice(opened.noticeProperty().get()));
        assertFalse(register.get(entry.number()).voided(), "nothing written without a reason");

        opened.voidEntry("  typed the wrong weight ");
        RegisterEntry voided = register.get(entry.number());
        assertTrue(voided.voided());
        assertEquals("Giulia", voided.voiding().by());
        assertEquals("typed the wrong weight", voided.voiding().reason());
        assertEquals(voided, opened.entryProperty().get());
        assertTrue(vm.entries().get(0).voided(), "the list is searched again and shows the void");
        assertEquals(1, vm.entries().size());
        assertTrue(new RegisterTexts(ENGLISH).voiding(voided).endsWith("by Giulia: typed the wrong weight"));

        opened.voidEntry("again");
        assertEquals(RegisterNotice.of(RegisterNotice.Kind.ALREADY_VOIDED, entry.number()), opened.noticeProperty().get());
    }

    @Test
    void theExportWritesExactlyTheFilteredEntriesOfEveryPage() throws IOException {
        for (int i = 0; i < 1_003; i++) {
            record(i % 2 == 0 ? "Anna" : "Bruno", null, 1.0, 5_000, "2026-11-15", MODEL);
        }
        List<RegisterEntry> annas = new java.util.ArrayList<>();
        register.forEach(e -> {
            if (e.salesperson().equals("Anna")) {
                annas.add(0, e);
            }
        });
        RegisterViewModel vm = viewModel();
        vm.setPageSize(20);
        vm.form().salespersonProperty().set("Anna");
        vm.search();
        vm.form().salespersonProperty().set("Bruno"); // typed, not searched: the export follows the list shown
        Path csv = dir.resolve("export.csv");
        vm.exportCsv(csv);

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(RegisterExport.csvHeader(), lines.get(0));
        assertEquals(annas.stream().map(RegisterExport::csvLine).toList(), lines.subList(1, lines.size()),
                "all 502 of Anna's entries over two register pages of 1,000, newest first, none of Bruno's");
        assertEquals(502, vm.exportedProperty().get());
        assertEquals(RegisterNotice.of(RegisterNotice.Kind.EXPORTED, 502L, csv.toString()), vm.noticeProperty().get());
        assertEquals("502 voci esportate in " + csv, new RegisterTexts(ITALIAN).notice(vm.noticeProperty().get()));
        assertFalse(vm.exportingProperty().get());
    }

    @Test
    void theBackupHoldsTheWholeRegisterAndRestoresItWithItsNumbersAndVoids() throws IOException {
        for (int i = 0; i < 7; i++) {
            record(i % 2 == 0 ? "Anna" : "Bruno", "client " + i, 1.0 + i / 10.0, 5_000 + i, "2026-11-15", MODEL);
        }
        register.voidEntry(3, "Anna", "wrong stone");
        RegisterViewModel vm = new RegisterViewModel(register, TaskRunner.of(NOW, NOW), entry -> sheet, today,
                () -> salesperson, file -> RegisterExport.backupTo(register, file));
        assertTrue(vm.canBackUp());
        vm.form().salespersonProperty().set("Anna");
        vm.search(); // the backup ignores the filters: it is the whole register
        Path backup = dir.resolve("register.jsonl");
        vm.backUp(backup);
        assertEquals(RegisterNotice.of(RegisterNotice.Kind.BACKED_UP, 7L, backup.toString()), vm.noticeProperty().get());
        assertEquals("7 entries backed up to " + backup + "; carato register import --in restores them with their"
                + " numbers", new RegisterTexts(ENGLISH).notice(vm.noticeProperty().get()));
        assertEquals("1 entry on page 1", new RegisterTexts(ENGLISH).notice(
                RegisterNotice.of(RegisterNotice.Kind.FOUND, 1, 1)));
        assertEquals("1.003 voci a pagina 2", new RegisterTexts(ITALIAN).notice(
                RegisterNotice.of(RegisterNotice.Kind.FOUND, 1003, 2)));
        assertFalse(vm.exportingProperty().get());

        try (ShopDatabase other = ShopDatabase.embedded(dir.resolve("restored"))) {
            JdbcRegister restored = new JdbcRegister(other);
            List<String> lines = Files.readAllLines(backup, StandardCharsets.UTF_8);
            java.util.List<RegisterEntry> read = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                read.add(RegisterExport.parseLine(backup.toString(), i + 1, lines.get(i)));
            }
            assertEquals(7, restored.restore(read.iterator()));
            for (long n = 1; n <= 7; n++) {
                assertEquals(register.get(n), restored.get(n), "entry " + n + " restored as it was");
            }
            assertEquals("wrong stone", restored.get(3).voiding().reason());
        }
        assertFalse(viewModel().canBackUp(), "a screen given no backup offers none");
    }

    @Test
    void aCancelledExportWritesNoFile() {
        record("Anna", null, 1.0, 5_000, "2026-11-15", MODEL);
        Deque<Runnable> queued = new ArrayDeque<>();
        RegisterViewModel vm = viewModel(queued::add);
        Path csv = dir.resolve("cancelled.csv");
        vm.exportCsv(csv);
        assertTrue(vm.exportingProperty().get());
        vm.cancelExport();
        queued.forEach(Runnable::run);
        assertEquals(RegisterNotice.Kind.EXPORT_CANCELLED, vm.noticeProperty().get().kind());
        assertFalse(vm.exportingProperty().get());
        assertFalse(Files.exists(csv));
    }

    @Test
    void aNewerSearchSupersedesAnOlderOne() {
        record("Anna", null, 1.0, 5_000, "2026-11-15", MODEL);
        RegisterEntry bruno = record("Bruno", null, 1.0, 5_000, "2026-11-16", MODEL);
        Deque<Runnable> queued = new ArrayDeque<>();
        RegisterViewModel vm = viewModel(queued::add);
        vm.form().salespersonProperty().set("Anna");
        vm.search();
        vm.form().salespersonProperty().set("Bruno");
        vm.search();
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        assertEquals(List.of(bruno.number()), numbers(vm));
    }

    @Test
    void appraisingAgainShowsTodaysPriceBesideTheRecordedOne() {
        RegisterEntry entry = record("Anna", null, 1.01, 6_000, "2026-11-15", MODEL);
        RegisterViewModel vm = viewModel();
        EntryViewModel opened = vm.open(entry);
        today.factor = 1.1;

        opened.appraiseAgain();
        Reappraisal r = opened.reappraisalProperty().get();
        assertEquals(entry.appraisal(), r.then(), "the recorded appraisal, never recomputed");
        assertEquals(6_600, r.now().price(), 1e-9);
        assertEquals("today-model", r.now().model().id());
        assertEquals(600, r.difference(), 1e-9);
        assertEquals(0.1, r.change(), 1e-12);
        assertEquals("+$600 (+10.0 %)", new RegisterTexts(ENGLISH).difference(r));
        assertEquals("+$ 600 (+10,0 %)", new RegisterTexts(ITALIAN).difference(r));
        assertEquals(entry.appraisal().diamond(), today.asked);
        assertEquals(entry, opened.entryProperty().get(), "the entry itself is unchanged");

        today.factor = 0.95;
        opened.appraiseAgain();
        assertEquals("−$300 (−5.0 %)", new RegisterTexts(ENGLISH).difference(opened.reappraisalProperty().get()));
    }

    @Test
    void todaysRefusalIsShownInTheUsersLanguage() {
        RegisterEntry entry = record("Anna", null, 3.2, 30_000, "2026-11-15", MODEL);
        EntryViewModel opened = viewModel().open(entry);
        today.refuse = true;
        opened.appraiseAgain();
        Reappraisal r = opened.reappraisalProperty().get();
        assertTrue(r.isRefused());
        assertEquals(RegisterNotice.Kind.REFUSED, opened.noticeProperty().get().kind());
        assertEquals("Carat: 3.2 ct is beyond the heaviest stone this model prices, 3.0 ct (1.5 × the heaviest stone it"
                + " learnt from, 2.0 ct); have it appraised by an expert", new RegisterTexts(ENGLISH).refusal(r));
        assertTrue(new RegisterTexts(ITALIAN).refusal(r).contains("supera la pietra più pesante"));

        today.ready = false;
        opened.appraiseAgain();
        assertEquals(RegisterNotice.Kind.NO_MODEL, opened.noticeProperty().get().kind());
        assertEquals("Nessun modello ancora pronto: è in addestramento o in caricamento (vedi la barra di stato).",
                new RegisterTexts(ITALIAN).notice(opened.noticeProperty().get()));

        today.ready = true;
        today.unloaded = true; // ready when asked, gone when it prices
        opened.appraiseAgain();
        assertEquals(RegisterNotice.Kind.NO_MODEL, opened.noticeProperty().get().kind());
        assertFalse(opened.busyProperty().get());
    }

    @Test
    void aReprintSavesTheSheetOfTheDayAtomically() throws IOException {
        RegisterEntry entry = record("Anna", null, 1.0, 5_000, "2026-11-15", MODEL);
        EntryViewModel opened = viewModel().open(entry);
        Path pdf = dir.resolve("sheets").resolve("reprint.pdf");
        Files.createDirectories(pdf.getParent());
        opened.reprint(pdf);
        assertArrayEquals(sheet, Files.readAllBytes(pdf));
        assertEquals(RegisterNotice.of(RegisterNotice.Kind.SHEET_SAVED, pdf.toString()), opened.noticeProperty().get());

        RegisterViewModel failing = new RegisterViewModel(register, TaskRunner.of(NOW, NOW), e -> {
            throw new IOException("the font is missing");
        }, today, () -> salesperson);
        EntryViewModel broken = failing.open(entry);
        Path other = dir.resolve("sheets").resolve("other.pdf");
        broken.reprint(other);
        assertEquals("Non è stato possibile salvare la scheda in " + other + ": the font is missing",
                new RegisterTexts(ITALIAN).notice(broken.noticeProperty().get()));
        assertFalse(Files.exists(other));
        assertFalse(broken.busyProperty().get());
    }

    /** Today's model: the recorded price times a factor, or a refusal of a stone beyond 3 ct. */
    private static final class TodaysModel implements StoneAppraiser {
        double factor = 1;
        boolean refuse;
        boolean ready = true;
        boolean unloaded;
        Diamond asked;

        @Override
        public boolean ready() {
            return ready;
        }

        @Override
        public Appraisal appraise(Diamond stone) {
            asked = stone;
            if (unloaded) {
                throw new com.carato.service.NoModelException("no model is loaded");
            }
            if (refuse) {
                throw new OutsideModelException(List.of(new FieldError("carat", FieldProblem.ABOVE_MODEL,
                        String.valueOf(stone.carat()), "3.0", "1.5", "2.0")), 3.0);
            }
            Appraisal recorded = RegisterFixtures.appraisal(stone.carat(), 6_000 * factor, "today-model");
            return recorded;
        }
    }
}
