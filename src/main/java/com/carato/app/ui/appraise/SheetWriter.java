package com.carato.app.ui.appraise;

import com.carato.domain.Appraisal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** Writes an appraisal sheet (a one-page PDF) for a stone. */
public interface SheetWriter {

    /**
     * @param appraisal the appraisal to print
     * @param number    the sheet's unique number
     * @param date      the sheet's date
     * @param file      where to write it (replaced atomically)
     */
    void write(Appraisal appraisal, String number, Instant date, Path file) throws IOException;
}
