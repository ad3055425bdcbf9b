package com.carato.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A file could not be used at all (missing, empty, wrong header), or a model bundle is unusable. */
    public static final int FILE_ERROR = 1;
    /** The command line itself was wrong (picocli's default). */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
