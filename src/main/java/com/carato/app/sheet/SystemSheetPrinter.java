package com.carato.app.sheet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Prints a sheet on one of this computer's printers through java.awt.print: the system's print
 * dialog, then every page of the PDF as PDFBox renders it (the same pages as the saved file). A
 * failure while printing cancels the job, so no half-sent job stays in the queue.
 */
public final class SystemSheetPrinter implements SheetPrinter {

    private final Supplier<PrinterJob> jobs;

    public SystemSheetPrinter() {
        this(PrinterJob::getPrinterJob);
    }

    /** With the print jobs to use (tests pass their own). */
    public SystemSheetPrinter(Supplier<PrinterJob> jobs) {
        this.jobs = jobs;
    }

    @Override
    public Outcome print(byte[] pdf, String jobName) throws NoPrinterException, IOException {
        PrinterJob job = jobs.get();
        if (job == null || job.getPrintService() == null) {
            throw new NoPrinterException();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return Outcome.CANCELLED;
            }
            try {
                job.print();
                return Outcome.PRINTED;
            } catch (PrinterException | RuntimeException e) {
                job.cancel();
                throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
            }
        } catch (java.awt.HeadlessException e) {
            throw new NoPrinterException();
        }
    }
}
