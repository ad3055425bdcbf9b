package com.carato.app.ui.appraise;

import com.carato.app.sheet.SheetPrinter;
import com.carato.app.sheet.SheetId;
import com.carato.app.sheet.SheetWriter;
import com.carato.register.Receipt;
import com.carato.app.ui.common.Messages;
import com.carato.domain.Appraisal;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Diamond;
import com.carato.domain.FieldError;
import com.carato.domain.Said;
import com.carato.domain.OutsideModelException;
import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.TestModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The appraisal desk's state, without the JavaFX toolkit (tasks run in place). */
class AppraiseViewModelTest {

    private final List<Object[]> written = new ArrayList<>();
    private final FakePrinter printer = new FakePrinter();
    private final FakeRegister register = new FakeRegister();

    /** A register that numbers what it is given, or keeps it waiting, or fails, as the test says. */
    private static final class FakeRegister implements AppraisalRecorder {
        String mode = "record";
        final List<String> recorded = new ArrayList<>();

        @Override
        public java.util.Optional<Receipt> record(Appraisal appraisal, Instant at, String client, Locale language,
                                                  String sheetNumber) {
            if (mode.equals("fail")) {
                throw new IllegalStateException("the outbox folder is read-only");
            }
            recorded.add(sheetNumber + " " + client + " " + language + " " + Math.round(appraisal.price()));
            java.util.OptionalLong number = mode.equals("pending") ? java.util.OptionalLong.empty()
                    : java.util.OptionalLong.of(100 + recorded.size());
            return java.util.Optional.of(new Receipt(java.util.UUID.randomUUID(), number));
        }
    }

    /** A printer that does what the test says: print, have none, fail, or be cancelled. */
    private static final class FakePrinter implements SheetPrinter {
        String mode = "print";
        final List<String> printed = new ArrayList<>();

        @Override
        public Outcome print(byte[] pdf, String jobName) throws NoPrinterException, java.io.IOException {
            switch (mode) {
                case "none" -> throw new NoPrinterException();
                case "fail" -> throw new java.io.IOException("paper jam");
                case "cancel" -> {
                    return Outcome.CANCELLED;
                }
                default -> {
                    printed.add(jobName + ": " + new String(pdf, java.nio.charset.StandardCharsets.UTF_8));
                    return Outcome.PRINTED;
                }
            }
        }
    }
    private AppraiseViewModel vm;

    @BeforeEach
    void create() {
        vm = viewModel(TestModels.appraiser());
    }

    private AppraiseViewModel viewModel(Appraiser appraiser) {
        return viewModel(StoneAppraiser.of(appraiser));
    }

    private AppraiseViewModel viewModel(StoneAppraiser appraiser) {
        SheetWriter sheets = new SheetWriter() {
            @Override
            public byte[] render(Appraisal a, SheetId id, Instant date) {
                return ("sheet " + id.sheetNumber() + id.registerNumber().stream().mapToObj(n -> " reg " + n)
                        .findFirst().orElse("")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }

            @Override
            public void write(Appraisal a, SheetId id, Instant date, Path file) {
                written.add(new Object[] {a, id, date, file});
            }
        };
        int[] count = {0};
        return new AppraiseViewModel(appraiser, com.carato.app.ui.common.TaskRunner.of(Runnable::run, Runnable::run),
                new Messages(Locale.ENGLISH), sheets, printer, () -> "CA-TEST-" + (++count[0]), register,
                Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
    }

    private AppraiseViewModel viewModel(StoneAppraiser appraiser, Locale locale) {
        AppraiseViewModel made = viewModel(appraiser);
        made.setMessages(new Messages(locale));
        return made;
    }

    /** Types {@code text} into a field one character at a time, after emptying it, as a person does. */
    private void type(String field, String text) {
        vm.field(field).setText("");
        for (int i = 1; i <= text.length(); i++) {
            vm.field(field).setText(text.substring(0, i));
        }
    }

    private String[] sizes() {
        return new String[] {vm.field("x").text(), vm.field("y").text(), vm.field("z").text()};
    }

    /** The shared model, refusing stones heavier than {@code limit} as the engine does beyond its limit. */
    private static StoneAppraiser refusingAbove(double limit) {
        StoneAppraiser real = StoneAppraiser.of(TestModels.appraiser());
        return new StoneAppraiser() {
            @Override
            public boolean ready() {
                return real.ready();
            }

            @Override
            public Appraisal appraise(Diamond stone) {
                if (stone.carat() > limit) {
                    throw new OutsideModelException(List.of(Said.error("carat",
                            "heavier than " + limit + " ct, the limit of this model")), limit);
                }
                return real.appraise(stone);
            }
        };
    }

    private void typeOneCarat() {
        vm.field("carat").setText("1.01");
        vm.field("depth").setText("61.8");
        vm.field("table").setText("57");
        vm.field("x").setText("6.43");
        vm.field("y").setText("6.47");
        vm.field("z").setText("3.99");
        vm.clarityProperty().set(Clarity.VS2);
    }

    @Test
    void aValidStoneIsAppraisedAndRecorded() {
        typeOneCarat();
        vm.appraise();
        Appraisal a = vm.resultProperty().get();
        assertNotNull(a);
        assertTrue(a.price() > 2000 && a.price() < 15000, "a 1 ct stone: " + a.price());
        assertTrue(a.explained());
        assertEquals(1, vm.history().size());
        assertEquals("Recorded in the register as no. 101.", vm.statusProperty().get());
        assertEquals(101, vm.history().get(0).recorded().receipt().orElseThrow().number().getAsLong());
    }

    @Test
    void everyInvalidFieldSaysWhy() {
        vm.field("carat").setText("abc");
        vm.field("depth").setText("120");
        vm.field("x").setText("0");
        vm.field("y").setText("6,47");
        vm.field("z").setText("3.99");
        vm.appraise();
        assertNull(vm.resultProperty().get());
        assertEquals("'abc' is not a number", vm.field("carat").errorProperty().get());
        assertEquals("Required", vm.field("table").errorProperty().get());
        assertEquals("", vm.field("y").errorProperty().get(), "a decimal comma is accepted");
        vm.field("carat").setText("1");
        vm.field("table").setText("57");
        vm.appraise();
        assertEquals("Between 0 and 100", vm.field("depth").errorProperty().get());
        assertEquals("Must be more than 0", vm.field("x").errorProperty().get());
        assertEquals("Please correct the fields marked in red.", vm.statusProperty().get());
    }

    @Test
    void changingAGradeReappraisesAtOnceWithoutRecording() {
        typeOneCarat();
        vm.appraise();
        double before = vm.resultProperty().get().price();
        vm.clarityProperty().set(Clarity.IF);
        double after = vm.resultProperty().get().price();
        assertTrue(after > before, "better clarity costs more: " + before + " -> " + after);
        assertEquals(1, vm.history().size(), "what-if changes are not recorded");
        // the weight: the sizes follow it (cube root), and the heavier stone costs more
        vm.field("carat").setText("1.51");
        assertEquals("7.35", vm.field("x").text(), "6.43 mm x (1.51 / 1.01)^(1/3)");
        assertTrue(vm.resultProperty().get().price() > after, "more weight costs more");
    }

    @Test
    void depthIsSuggestedFromMeasurementsAndDisagreementFlagged() {
        vm.field("x").setText("6.43");
        vm.field("y").setText("6.47");
        vm.field("z").setText("3.99");
        assertEquals("From x, y, z: 61.9 %", vm.depthHintProperty().get());
        vm.useSuggestedDepth();
        assertEquals("61.9", vm.field("depth").text());
        vm.field("depth").setText("58");
        assertTrue(vm.depthDisagreesProperty().get());
        assertEquals("x, y, z give 61.9 %: check depth", vm.depthHintProperty().get());
    }

    @Test
    void historyReopensAnEarlierAppraisal() {
        typeOneCarat();
        vm.appraise();
        Appraisal first = vm.resultProperty().get();
        vm.field("carat").setText("0.5");
        vm.field("x").setText("5.1");
        vm.field("y").setText("5.13");
        vm.field("z").setText("3.16");
        vm.appraise();
        assertEquals(2, vm.history().size());
        assertNotEquals(first, vm.resultProperty().get());
        vm.reopen(vm.history().get(1));
        assertEquals(first, vm.resultProperty().get());
        assertEquals("1.01", vm.field("carat").text());
    }

    @Test
    void anAppraisalIsRecordedOnceWithItsSheetNumberAndItsSheetCarriesItsRegisterNumber() {
        vm.saveSheet(Path.of("none.pdf"));
        assertEquals("Appraise a stone first.", vm.statusProperty().get());
        typeOneCarat();
        vm.clientProperty().set("Rossi 347");
        vm.appraise();
        long price = Math.round(vm.resultProperty().get().price());
        assertEquals(List.of("CA-TEST-1 Rossi 347 en " + price), register.recorded);
        assertEquals("Recorded in the register as no. 101.", vm.statusProperty().get());

        vm.saveSheet(Path.of("a.pdf"));
        vm.saveSheet(Path.of("b.pdf"));
        assertEquals(2, written.size());
        assertEquals(SheetId.of("CA-TEST-1", 101), written.get(0)[1], "the sheet of the recorded appraisal");
        assertEquals(SheetId.of("CA-TEST-1", 101), written.get(1)[1], "the same appraisal, the same sheet");
        assertEquals(1, register.recorded.size(), "saving its sheet does not record it again");
        assertEquals(Path.of("b.pdf"), vm.lastSheetProperty().get());
    }

    @Test
    void aWhatIfPriceIsNotRecordedUntilItsSheetIsHandedOut() {
        typeOneCarat();
        vm.appraise();
        vm.colorProperty().set(Color.D);
        assertEquals(1, register.recorded.size(), "a what-if step is not an appraisal handed out");

        vm.print();
        assertEquals(2, register.recorded.size(), "printing the what-if price records it first");
        assertEquals(List.of("Diamond appraisal CA-TEST-2: sheet CA-TEST-2 reg 102"), printer.printed);
        assertEquals("CA-TEST-2", vm.recordedProperty().get().sheetNumber());
        assertEquals(2, vm.history().size(), "the what-if price handed out joins the session's list");
        assertEquals(Color.D, vm.history().get(0).appraisal().diamond().color());
        vm.print();
        assertEquals(2, register.recorded.size(), "printed again: still the same entry");
        assertEquals(2, vm.history().size());
    }

    @Test
    void aWhatIfPriceRecordedForASheetThatCouldNotBePrintedIsNotRecordedAgain() {
        typeOneCarat();
        vm.appraise();
        vm.colorProperty().set(Color.E);
        printer.mode = "none";
        vm.print();
        assertEquals("No printer is available.", vm.statusProperty().get());
        assertEquals(2, register.recorded.size(), "recorded before the printer was asked");
        printer.mode = "print";
        vm.print();
        assertEquals(2, register.recorded.size(), "printed at last: the same entry, not a second one");
        assertEquals(List.of("Diamond appraisal CA-TEST-2: sheet CA-TEST-2 reg 102"), printer.printed);
    }

    @Test
    void aPriceThatCouldNotBeRecordedSaysSoAndItsSheetRecordsItFirst() {
        typeOneCarat();
        register.mode = "fail";
        vm.appraise();
        assertNotNull(vm.resultProperty().get(), "the price is shown");
        assertEquals("The price is shown but could NOT be recorded in the register: the outbox folder is read-only."
                + " Saving or printing its sheet tries again.", vm.statusProperty().get());
        assertNull(vm.recordedProperty().get());

        vm.saveSheet(Path.of("c.pdf"));
        assertTrue(written.isEmpty(), "no sheet leaves the shop unrecorded");
        register.mode = "record";
        vm.saveSheet(Path.of("c.pdf"));
        assertEquals(1, register.recorded.size());
        assertEquals(SheetId.of("CA-TEST-3", 101), written.get(0)[1]);
        assertEquals(1, vm.history().size(), "the same appraisal, now with its record");
        assertEquals(101, vm.history().get(0).recorded().receipt().orElseThrow().number().getAsLong());
    }

    @Test
    void whileTheShopDatabaseIsAwayTheAppraisalWaitsAndTheDeskSaysSo() {
        typeOneCarat();
        register.mode = "pending";
        vm.appraise();
        assertTrue(vm.statusProperty().get().startsWith("Kept on this workstation: the shop database cannot be"),
                vm.statusProperty().get());
        vm.saveSheet(Path.of("d.pdf"));
        assertEquals(SheetId.of("CA-TEST-1"), written.get(0)[1], "no register number yet");

        // the database is back and the entry is sent: the desk hears its number
        java.util.UUID key = vm.recordedProperty().get().receipt().orElseThrow().key();
        vm.registered(new Receipt(key, java.util.OptionalLong.of(4711)));
        assertEquals(4711, vm.history().get(0).recorded().receipt().orElseThrow().number().getAsLong());
        vm.saveSheet(Path.of("e.pdf"));
        assertEquals(SheetId.of("CA-TEST-1", 4711), written.get(1)[1], "the same sheet, now with its register number");
        vm.registered(new Receipt(java.util.UUID.randomUUID(), java.util.OptionalLong.of(4712)));
        assertEquals(4711, vm.recordedProperty().get().receipt().orElseThrow().number().getAsLong(),
                "another entry's number changes nothing here");
    }

    @Test
    void printPrintsTheSheetItselfWithItsOwnNumber() {
        vm.print();
        assertEquals("Appraise a stone first.", vm.statusProperty().get());
        assertTrue(printer.printed.isEmpty());
        typeOneCarat();
        vm.appraise();
        vm.print();
        assertEquals(List.of("Diamond appraisal CA-TEST-1: sheet CA-TEST-1 reg 101"), printer.printed);
        assertEquals("Sheet CA-TEST-1 sent to the printer.", vm.statusProperty().get());
        printer.mode = "cancel";
        vm.print();
        assertEquals("Printing cancelled.", vm.statusProperty().get());
    }

    @Test
    void withoutAPrinterTheDeskSaysSoAndTheMessageStays() {
        typeOneCarat();
        vm.appraise();
        printer.mode = "none";
        vm.print();
        assertEquals("No printer is available.", vm.statusProperty().get());
        vm.cutProperty().set(vm.cutProperty().get());
        assertEquals("No printer is available.", vm.statusProperty().get());
    }

    @Test
    void aFailedPrintSaysWhy() {
        typeOneCarat();
        vm.appraise();
        printer.mode = "fail";
        vm.print();
        assertEquals("Printing failed and the print job was cancelled: paper jam", vm.statusProperty().get());
    }

    @Test
    void withoutAModelTheDeskSaysSo() {
        vm = viewModel(new Appraiser(new ActiveModel()));
        typeOneCarat();
        vm.appraise();
        assertNull(vm.resultProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("No model is ready yet"), vm.statusProperty().get());
    }

    @Test
    void aWhatIfWeightScalesTheSizesByTheCubeRootFromTheAppraisedStone() {
        typeOneCarat();
        vm.appraise();
        double before = vm.resultProperty().get().price();
        type("carat", "1.5");
        // (1.5 / 1.01)^(1/3) = 1.14093: 6.43 -> 7.336, 6.47 -> 7.382, 3.99 -> 4.552
        assertArrayEquals(new String[] {"7.34", "7.38", "4.55"}, sizes(),
                "scaled once from the appraised stone, not keystroke by keystroke");
        assertEquals("Sizes scaled with the weight (cube root): "
                + "6.43\u00A0×\u00A06.47\u00A0×\u00A03.99 → 7.34\u00A0×\u00A07.38\u00A0×\u00A04.55\u00A0mm",
                vm.sizeNoteProperty().get());
        Appraisal scaled = vm.resultProperty().get();
        assertEquals(1.5, scaled.diamond().carat());
        assertEquals(7.34, scaled.diamond().x(), "the what-if prices the scaled stone");
        assertTrue(scaled.price() > before, "more weight costs more: " + before + " -> " + scaled.price());
        assertEquals(1, vm.history().size(), "what-if changes are not recorded");

        type("carat", "2.5");
        assertArrayEquals(new String[] {"8.70", "8.75", "5.40"}, sizes(), "rounded to 0.01 mm, shown with two decimals");
        type("carat", "1.01");
        assertArrayEquals(new String[] {"6.43", "6.47", "3.99"}, sizes(), "back to the appraised weight: its own sizes");
        assertEquals("", vm.sizeNoteProperty().get());
    }

    @Test
    void aWeightBeingTypedLeavesTheSizesAloneUntilItIsANumber() {
        typeOneCarat();
        vm.appraise();
        vm.field("carat").setText("");
        assertArrayEquals(new String[] {"6.43", "6.47", "3.99"}, sizes());
        vm.field("carat").setText("0");
        assertArrayEquals(new String[] {"6.43", "6.47", "3.99"}, sizes(), "no stone weighs 0 ct: nothing to scale to");
        vm.field("carat").setText("0.5");
        assertArrayEquals(new String[] {"5.09", "5.12", "3.16"}, sizes());
    }

    @Test
    void sizesTypedByHandAreKeptAndScaledFromThereafter() {
        typeOneCarat();
        vm.appraise();
        type("carat", "1.5");
        type("x", "7.5");
        assertArrayEquals(new String[] {"7.5", "7.38", "4.55"}, sizes(), "a typed size is not overridden");
        assertEquals("", vm.sizeNoteProperty().get(), "the sizes are no longer scaled ones");
        // the typed sizes belong to 1.5 ct: a new weight scales from them
        type("carat", "1.2");
        // (1.2 / 1.5)^(1/3) = 0.92832: 7.5 -> 6.962, 7.38 -> 6.851, 4.55 -> 4.224
        assertArrayEquals(new String[] {"6.96", "6.85", "4.22"}, sizes());
        assertEquals("Sizes scaled with the weight (cube root): "
                + "7.50\u00A0×\u00A07.38\u00A0×\u00A04.55 → 6.96\u00A0×\u00A06.85\u00A0×\u00A04.22\u00A0mm",
                vm.sizeNoteProperty().get());
    }

    @Test
    void noScalingWithoutValidSizesOrBeforeTheFirstAppraisal() {
        type("carat", "1.01");
        assertArrayEquals(new String[] {"", "", ""}, sizes(), "an empty form gets no sizes from a weight");
        typeOneCarat();
        type("carat", "1.5");
        assertArrayEquals(new String[] {"6.43", "6.47", "3.99"}, sizes(),
                "before the first appraisal the weight is being entered, not asked about");
        vm.appraise();
        vm.field("y").setText("abc");
        type("carat", "2");
        assertArrayEquals(new String[] {"6.43", "abc", "3.99"}, sizes(), "only valid sizes are scaled");
        assertEquals("", vm.sizeNoteProperty().get());
    }

    @Test
    void theNoteIsInTheUsersLanguageAndReopeningAStoneClearsIt() {
        typeOneCarat();
        vm.appraise();
        type("carat", "2.5");
        vm.setMessages(new Messages(Locale.ITALIAN));
        assertEquals("Misure scalate con il peso (radice cubica): "
                + "6,43\u00A0×\u00A06,47\u00A0×\u00A03,99 → 8,70\u00A0×\u00A08,75\u00A0×\u00A05,40\u00A0mm",
                vm.sizeNoteProperty().get());
        vm.reopen(vm.history().get(0));
        assertEquals("", vm.sizeNoteProperty().get());
        assertArrayEquals(new String[] {"6.43", "6.47", "3.99"}, sizes());
        type("carat", "0.5");
        assertArrayEquals(new String[] {"5.09", "5.12", "3.16"}, sizes(), "the reopened stone is the reference");
    }

    @Test
    void aStoneBeyondTheModelIsRefusedNextToTheWeightAndNoPriceStays() {
        vm = viewModel(refusingAbove(1.995));
        typeOneCarat();
        vm.appraise();
        assertNotNull(vm.resultProperty().get());
        type("carat", "2.5");
        assertNull(vm.resultProperty().get(), "no price is left on screen");
        assertEquals("Beyond this model's limit: it prices stones up to 1.995 ct", vm.field("carat").errorProperty().get());
        assertEquals("This model cannot price the stone: see the field marked in red.", vm.statusProperty().get());
        assertEquals("", vm.field("x").errorProperty().get());
        assertEquals(1, vm.history().size());
        type("carat", "1.5");
        assertNotNull(vm.resultProperty().get(), "after a refusal, a lighter weight is priced at once");
        assertEquals("", vm.field("carat").errorProperty().get());
        assertEquals("", vm.statusProperty().get());
    }

    @Test
    void theRefusalSpeaksItalianWithTheLimitInItalianNotation() {
        vm = viewModel(refusingAbove(1.995), Locale.ITALIAN);
        typeOneCarat();
        // a 2.5 ct stone whose sizes agree with its weight (the limit, not the sizes, refuses it)
        vm.field("carat").setText("2.5");
        vm.field("x").setText("8.70");
        vm.field("y").setText("8.75");
        vm.field("z").setText("5.38");
        vm.appraise();
        assertNull(vm.resultProperty().get());
        assertEquals("Oltre il limite del modello: stima pietre fino a 1,995 ct", vm.field("carat").errorProperty().get());
        assertEquals("Questo modello non può stimare la pietra: vedere il campo segnato in rosso.", vm.statusProperty().get());
        assertTrue(vm.history().isEmpty(), "a refused stone is not recorded");
    }
}
