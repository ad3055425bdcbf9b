package com.carato.app.sheet;

import com.carato.app.ui.common.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The system printer with fake print jobs: every page of the sheet, no printer, a cancel, a failure. */
class SystemSheetPrinterTest {

    private static byte[] sheet() throws IOException {
        return new PdfSheetWriter(new Messages(Locale.ENGLISH), ShopDetails.NONE).render(
                SheetSamples.with(SheetSamples.appraisal(), SheetSamples.everyWarning(3), SheetSamples.comparables(30)),
                SheetSamples.NUMBER, SheetSamples.DATE);
    }

    private static int pages(byte[] pdf) throws IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void everyPageOfTheSheetIsPrinted() throws Exception {
        byte[] pdf = sheet();
        FakePrinterJob job = new FakePrinterJob(true, true, -1);
        assertEquals(SheetPrinter.Outcome.PRINTED, new SystemSheetPrinter(() -> job).print(pdf, "sheet"));
        assertTrue(pages(pdf) > 1);
        assertEquals(pages(pdf), job.pagesPrinted(), "the same pages as the PDF");
        assertEquals("sheet", job.getJobName());
        assertFalse(job.cancelled());
    }

    @Test
    void withoutAPrinterNothingIsPrintedAndItSaysSo() throws Exception {
        byte[] pdf = sheet();
        FakePrinterJob job = new FakePrinterJob(false, true, -1);
        assertThrows(SheetPrinter.NoPrinterException.class, () -> new SystemSheetPrinter(() -> job).print(pdf, "s"));
        assertEquals(0, job.pagesPrinted());
    }

    @Test
    void closingThePrintDialogPrintsNothing() throws Exception {
        FakePrinterJob job = new FakePrinterJob(true, false, -1);
        assertEquals(SheetPrinter.Outcome.CANCELLED, new SystemSheetPrinter(() -> job).print(sheet(), "s"));
        assertEquals(0, job.pagesPrinted());
    }

    @Test
    void aFailureWhilePrintingCancelsTheJobAndSaysWhy() throws Exception {
        FakePrinterJob job = new FakePrinterJob(true, true, 1);
        IOException e = assertThrows(IOException.class, () -> new SystemSheetPrinter(() -> job).print(sheet(), "s"));
        assertEquals("paper jam on page 2", e.getMessage());
        assertTrue(job.cancelled(), "the job is cancelled, not left half-sent");
        assertEquals(1, job.pagesPrinted());
    }
}
