package com.carato.app.sheet;

import com.carato.app.ui.appraise.AppraisalRecorder;
import com.carato.app.ui.appraise.AppraiseViewModel;
import com.carato.app.ui.appraise.StoneAppraiser;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.common.TaskRunner;
import com.carato.domain.Clarity;
import com.carato.register.CounterRegister;
import com.carato.register.JdbcRegister;
import com.carato.register.NewEntry;
import com.carato.register.RegisterEntry;
import com.carato.register.ShopDatabase;
import com.carato.service.TestModels;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client comes back with the sheet of a week ago: the register's entry, reprinted, says what the
 * sheet of the day said, word for word, although the shop has since priced with other models.
 */
class RegisterReprintTest {

    @TempDir
    Path home;

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theReprintOfARegisterEntryIsTheSheetOfTheDayTextForText() throws Exception {
        ShopDetails shop = SheetSamples.italianShop(null);
        Messages italian = new Messages(Locale.ITALIAN);
        List<byte[]> printed = new ArrayList<>();
        SheetPrinter printer = (pdf, job) -> {
            printed.add(pdf);
            return SheetPrinter.Outcome.PRINTED;
        };
        try (ShopDatabase db = ShopDatabase.embedded(home.resolve("register"))) {
            JdbcRegister register = new JdbcRegister(db);
            CounterRegister counter = new CounterRegister(register, home.resolve("outbox"));
            AppraisalRecorder recorder = (appraisal, at, client, language, sheetNumber) -> Optional.of(counter.record(
                    new NewEntry(UUID.randomUUID(), at, "banco-2", "Giulia", client, language, sheetNumber, appraisal)));
            int[] sheets = {0};
            AppraiseViewModel desk = new AppraiseViewModel(StoneAppraiser.of(TestModels.appraiser()),
                    TaskRunner.of(Runnable::run, Runnable::run), italian,
                    (a, id, date) -> new PdfSheetWriter(italian, shop).render(a, id, date), printer,
                    () -> "CA-20261124-00" + (++sheets[0]), recorder,
                    Clock.fixed(Instant.parse("2026-11-24T16:45:00Z"), ZoneOffset.UTC));
            desk.field("carat").setText("1,01");
            desk.field("depth").setText("61,8");
            desk.field("table").setText("57");
            desk.field("x").setText("6,43");
            desk.field("y").setText("6,47");
            desk.field("z").setText("3,99");
            desk.clarityProperty().set(Clarity.VS2);
            desk.clientProperty().set("Rossi 347");
            desk.appraise();
            desk.print();
            assertEquals(1, printed.size(), desk.statusProperty().get());

            long number = desk.recordedProperty().get().receipt().orElseThrow().number().getAsLong();
            RegisterEntry entry = register.get(number);
            String ofTheDay = text(printed.get(0));
            String reprint = text(RegisterSheet.render(entry, shop));

            assertEquals(ofTheDay, reprint);
            assertTrue(reprint.contains("N. CA-20261124-001 · registro " + number + " · "), reprint);
            assertEquals("Rossi 347", entry.client());
            assertEquals(Locale.ITALIAN, entry.language());
        }
    }
}
