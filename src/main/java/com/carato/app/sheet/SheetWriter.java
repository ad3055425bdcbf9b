package com.carato.app.sheet;

import com.carato.service.SafeFiles;
import com.carato.domain.Appraisal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** Makes the appraisal sheet a client takes home: a PDF, saved or printed page for page the same. */
public interface SheetWriter {

    /**
     * The sheet as a PDF document, built in memory.
     *
     * @param appraisal the appraisal to print
     * @param id        the sheet's number and its register number
     * @param date      the sheet's date
     */
    byte[] render(Appraisal appraisal, SheetId id, Instant date) throws IOException;

    /** The sheet of an appraisal that no register keeps (samples, previews). */
    default byte[] render(Appraisal appraisal, String number, Instant date) throws IOException {
        return render(appraisal, SheetId.of(number), date);
    }

    /** Writes the sheet to {@code file}, replacing it atomically (all or nothing). */
    default void write(Appraisal appraisal, SheetId id, Instant date, Path file) throws IOException {
        byte[] pdf = render(appraisal, id, date);
        SafeFiles.write(file, out -> out.write(pdf));
    }
}
