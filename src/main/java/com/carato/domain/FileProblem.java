package com.carato.domain;

/**
 * What can be wrong with a whole data file (the CSV reader's and the data snapshots'): each message
 * starts with the file, {@code {0}}. Row-level problems are {@link FieldProblem}s.
 */
public enum FileProblem implements MessageCode {
    NOT_FOUND("file.not-found", "{0}: file not found"),
    NOT_A_FILE("file.not-a-file", "{0}: not a file (is it a folder?)"),
    /** {1} what the system said. */
    UNREADABLE("file.unreadable", "{0}: cannot be read: {1}"),
    /** {1} an example header. */
    EMPTY("file.empty", "{0}: the file is empty: expected a header line such as {1}"),
    /** {1} what the CSV parser said. */
    NOT_CSV("file.not-csv", "{0}: cannot be read as CSV: {1}"),
    /** {1} the column. */
    DUPLICATE_COLUMN("file.duplicate-column", "{0}: line 1: column ''{1}'' appears twice"),
    /** {1} the header as found. */
    ONE_COLUMN("file.one-column", "{0}: line 1: the header ''{1}'' is one single column: separate the columns"
            + " with a comma, a semicolon or a tab (wrong delimiter?)"),
    /** {1} the missing column, {2} the columns of the header. */
    MISSING_COLUMN("file.missing-column", "{0}: line 1: missing required column {1} (the header has: {2})"),
    /** {1} the missing columns, {2} the columns of the header. */
    MISSING_COLUMNS("file.missing-columns", "{0}: line 1: missing required columns {1} (the header has: {2})"),
    SNAPSHOT_MISSING("file.snapshot-missing", "{0}: data snapshot missing"),
    /** {1} the SHA-256 it should have. */
    SNAPSHOT_DAMAGED("file.snapshot-damaged", "{0}: data snapshot damaged: its SHA-256 is not {1}"),
    /** {1} the first line at fault. */
    SNAPSHOT_NOT_CLEAN("file.snapshot-not-clean",
            "{0}: data snapshot holds rejected or repeated rows (line {1,number,#})");

    private final String code;
    private final String english;

    FileProblem(String code, String english) {
        this.code = code;
        this.english = english;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String english() {
        return english;
    }
}
