package com.carato.app.sheet;

import com.carato.app.present.AppraisalPresentation;
import com.carato.app.ui.common.Messages;
import com.carato.domain.Appraisal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfSheetWriterTest {

    /** Every glyph of the document with its page, as PDFBox places it. */
    private static final class Glyphs extends PDFTextStripper {
        final List<String> outside = new ArrayList<>();
        int count;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            PDPage page = getCurrentPage();
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            for (TextPosition p : positions) {
                count++;
                float left = p.getXDirAdj();
                float right = left + p.getWidthDirAdj();
                float baseline = p.getYDirAdj();
                float top = baseline - p.getHeightDir();
                // inside the page with at least 20 pt to spare on every side
                if (left < 20 || right > width - 20 || top < 20 || baseline > height - 20) {
                    outside.add("page " + getCurrentPageNo() + " '" + p.getUnicode() + "' of \"" + text + "\" at x "
                            + left + "–" + right + ", y " + top + "–" + baseline);
                }
            }
            super.writeString(text, positions);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(document));
        }
    }

    /** Whitespace (line breaks of wrapped text included) as single spaces. */
    private static String flat(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void theLongestItalianTextsWrapAndPaginateInsideThePage(@TempDir Path dir) throws Exception {
        Appraisal a = SheetSamples.with(SheetSamples.appraisal(), SheetSamples.everyWarning(3),
                SheetSamples.comparables(30));
        Messages italian = new Messages(Locale.ITALIAN);
        ShopDetails shop = SheetSamples.italianShop(ShopLogos.importLogo(SheetSamples.logo(dir), dir.resolve("shop")));
        byte[] pdf = new PdfSheetWriter(italian, shop).render(a, SheetSamples.NUMBER, SheetSamples.DATE);

        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "18 warnings and 30 stones need more than one page, got " + pages);
            Glyphs glyphs = new Glyphs();
            glyphs.getText(document);
            assertTrue(glyphs.count > 3000, "the text is all there: " + glyphs.count + " glyphs");
            assertEquals(List.of(), glyphs.outside, "text outside the page");
            for (PDPage page : document.getPages()) {
                assertEquals(595, Math.round(page.getMediaBox().getWidth()), "A4");
                assertEquals(842, Math.round(page.getMediaBox().getHeight()), "A4");
            }
        }

        String text = text(pdf);
        AppraisalPresentation present = new AppraisalPresentation(italian);
        List<String> expected = new ArrayList<>(List.of(
                "Gioielleria Università · Ferrè & Figli",
                "Via dell'Università 12, 40126 Bologna",
                "Perizie da € 50 · aperto lunedì–sabato",
                "Stima del diamante",
                "N. CA-20261201-001 · 1 dic 2026",
                present.description(a.diamond()),
                present.measurements(a.diamond()),
                present.price(a),
                "Forchetta " + present.range(a),
                "Questa stima è valida fino al 31 dic 2026.",
                "Firma del perito"));
        expected.addAll(present.warnings(a));
        expected.addAll(present.pathSteps(a));
        for (AppraisalPresentation.ComparableRow row : present.comparables(a)) {
            expected.add(String.join(" ", row.cells()));
        }
        for (int i = 1; i <= pages; i++) {
            expected.add("Pagina " + i + " di " + pages);
        }
        for (String s : expected) {
            assertTrue(text.contains(flat(s)), "\"" + s + "\" printed as written in:\n" + text);
        }
        assertFalse(text.contains("?"), "no character replaced:\n" + text);
        assertTrue(text.contains("Profondità") && text.contains("più") && text.contains("€"), text);
    }

    @Test
    void anEnglishSheetIsOnePageAClientCanRead(@TempDir Path dir) throws Exception {
        Appraisal a = SheetSamples.appraisal();
        Messages english = new Messages(Locale.ENGLISH);
        byte[] pdf = new PdfSheetWriter(english, SheetSamples.englishShop(null)).render(a, SheetSamples.NUMBER,
                SheetSamples.DATE);
        String text = text(pdf);
        AppraisalPresentation present = new AppraisalPresentation(english);
        for (String s : List.of("Hatton Garden Diamonds", "12 Hatton Garden, London EC1N 8AN", "Diamond appraisal",
                "No. CA-20261201-001 · Dec 1, 2026", "1.01 ct, Ideal, colour G, clarity VS1", present.price(a),
                "Range " + present.range(a), "How the price was reached", "Comparable stones appraised by our expert",
                "This appraisal is valid until Dec 31, 2026.", "Appraiser's signature", "Page 1 of 1")) {
            assertTrue(text.contains(s), "\"" + s + "\" in:\n" + text);
        }
        for (AppraisalPresentation.WaterfallRow row : present.waterfall(a)) {
            assertTrue(text.contains(row.amount()), row + " in " + text);
        }
        assertFalse(text.contains(a.model().id()), "the model's id means nothing to a client");
        assertFalse(text.contains("?"), text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(document.getDocumentInformation().getKeywords().contains(a.model().id()),
                    "the shop can still tell which model priced it");
        }
    }

    @Test
    void aRecordedAppraisalsSheetCarriesItsRegisterNumberInEveryLanguage() throws Exception {
        String english = text(new PdfSheetWriter(new Messages(Locale.ENGLISH), ShopDetails.NONE)
                .render(SheetSamples.appraisal(), SheetId.of(SheetSamples.NUMBER, 12345), SheetSamples.DATE));
        assertTrue(english.contains("No. " + SheetSamples.NUMBER + " · register 12345 · "), english);
        String italian = text(new PdfSheetWriter(new Messages(Locale.ITALIAN), ShopDetails.NONE)
                .render(SheetSamples.appraisal(), SheetId.of(SheetSamples.NUMBER, 12345), SheetSamples.DATE));
        assertTrue(italian.contains("N. " + SheetSamples.NUMBER + " · registro 12345 · "), italian);
    }

    @Test
    void theSheetIsWrittenAtomicallyAndReplacesAnOlderOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sheet.pdf");
        Files.writeString(file, "an older sheet");
        new PdfSheetWriter(new Messages(Locale.ENGLISH), ShopDetails.NONE).write(SheetSamples.appraisal(),
                SheetId.of(SheetSamples.NUMBER), SheetSamples.DATE, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains(SheetSamples.NUMBER));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
    }

    @Test
    void aLogoThatIsGoneIsNamedInTheError(@TempDir Path dir) {
        Path gone = dir.resolve("shop").resolve("logo.png");
        ShopDetails shop = new ShopDetails("Shop", "", gone, 30);
        IOException e = assertThrows(IOException.class, () -> new PdfSheetWriter(new Messages(Locale.ENGLISH), shop)
                .render(SheetSamples.appraisal(), SheetSamples.NUMBER, SheetSamples.DATE));
        assertTrue(e.getMessage().contains(gone.toString()) && e.getMessage().contains("logo"), e.getMessage());
    }

    @Test
    void aCharacterTheFontLacksBecomesAQuestionMarkInsteadOfFailing() throws Exception {
        ShopDetails shop = new ShopDetails("Shop \uD83D\uDC8E", "", null, 30);
        String text = text(new PdfSheetWriter(new Messages(Locale.ENGLISH), shop).render(SheetSamples.appraisal(),
                SheetSamples.NUMBER, SheetSamples.DATE));
        assertTrue(text.contains("Shop ?"), text);
    }
}
