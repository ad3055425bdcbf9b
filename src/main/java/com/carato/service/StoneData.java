package com.carato.service;

import com.carato.data.DataFileException;
import com.carato.data.ImportReport;
import com.carato.data.PriceRule;
import com.carato.data.StoneCsvReader;

import java.nio.file.Path;

/** Reads and validates files of stones for the app, the command line and the server. */
public final class StoneData {

    /** Reads a file of stones, validating prices where the file has them. */
    public ImportReport check(Path file) throws DataFileException {
        return new StoneCsvReader(PriceRule.IF_PRESENT).read(file);
    }

    /** Reads a file of appraised stones for training: a price column is required. */
    public ImportReport readAppraised(Path file) throws DataFileException {
        return new StoneCsvReader(PriceRule.REQUIRED).read(file);
    }

}
