package com.carato.app.sheet;

import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Messages;
import com.carato.domain.Appraisal;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.service.TestModels;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfSheetWriterTest {

    @Test
    void theSheetHoldsNumberStonePriceRangePathAndModel(@TempDir Path dir) throws Exception {
        Diamond stone = new Diamond(1.01, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 57, 6.43, 6.47, 3.99);
        Appraisal a = TestModels.appraiser().appraise(stone);
        Path file = dir.resolve("sheet.pdf");
        new PdfSheetWriter(new Messages(Locale.ENGLISH)).write(a, "CA-20261129-001",
                Instant.parse("2026-11-29T10:00:00Z"), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            Formats f = new Formats(Locale.ENGLISH);
            assertTrue(text.contains("Carato appraisal sheet"), text);
            assertTrue(text.contains("CA-20261129-001"), text);
            assertTrue(text.contains("1.01 ct, Ideal, colour G, clarity VS1"), text);
            assertTrue(text.contains(f.money(a.price())), "price " + f.money(a.price()) + " in " + text);
            assertTrue(text.contains(f.money(a.range().low())) && text.contains(f.money(a.range().high())), text);
            assertTrue(text.contains(a.path().steps().get(0).condition()), text);
            assertTrue(text.contains(a.model().id()), text);
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void textOutsideTheStandardFontsIsReplaced() {
        assertEquals("-$87 -> >= 2 ct", PdfSheetWriter.encodable("−$87 → ≥ 2 ct"));
    }
}
