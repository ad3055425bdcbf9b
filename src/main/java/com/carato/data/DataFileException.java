package com.carato.data;

import java.nio.file.Path;

/**
 * A problem with a whole file (missing, empty, unreadable, wrong header or delimiter). The message
 * names the file and says what is wrong; row-level problems never throw, they are reported.
 */
public final class DataFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;

    public DataFileException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    public DataFileException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    public static DataFileException of(Path file, String problem) {
        return new DataFileException(file.toString(), problem);
    }

    /** The file (or other source) the problem is in. */
    public String source() {
        return source;
    }
}
