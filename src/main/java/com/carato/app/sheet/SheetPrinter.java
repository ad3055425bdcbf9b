package com.carato.app.sheet;

import java.io.IOException;

/** Prints a sheet's PDF pages (the same pages as the saved PDF). */
public interface SheetPrinter {

    /** How a print ended when it did not fail. */
    enum Outcome { PRINTED, CANCELLED }

    /**
     * Asks where to print, then prints every page of {@code pdf}.
     *
     * @return {@link Outcome#CANCELLED} when the user closed the print dialog without printing
     * @throws NoPrinterException when this computer has no printer
     * @throws IOException        when the document could not be printed; the print job is cancelled
     */
    Outcome print(byte[] pdf, String jobName) throws NoPrinterException, IOException;

    /** This computer has no printer to print on. */
    final class NoPrinterException extends Exception {
        public NoPrinterException() {
            super("no printer is available");
        }
    }
}
