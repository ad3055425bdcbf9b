package com.carato.service;

import com.carato.data.ImportReport;
import com.carato.domain.Message;

/**
 * One input file of a retrain: its validation report, or why it could not be read at all.
 *
 * @param file   the file as given
 * @param report every row with its verdict; null when the file could not be read
 * @param error  the file-level problem (missing, empty, no price column…) as a code naming the file; null when read
 */
public record FileValidation(String file, ImportReport report, Message error) {

    public boolean readable() {
        return report != null;
    }
}
