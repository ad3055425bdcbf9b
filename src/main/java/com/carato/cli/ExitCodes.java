package com.carato.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A file could not be used at all (missing, empty, wrong header), or a model bundle is unusable. */
    public static final int FILE_ERROR = 1;
    /** {@code audit}: at least one monotonicity violation (a better stone priced lower). */
    public static final int NOT_MONOTONE = 1;
    /** {@code register}: the entry or the database could not be used (unknown number, bad value, unreachable). */
    public static final int REGISTER_ERROR = 1;
    /** The command line itself was wrong (picocli's default). */
    public static final int USAGE = 2;
    /** {@code retrain}: the challenger was worse by the promotion rule; the champion stays. */
    public static final int KEPT = 3;
    /** {@code retrain} without {@code --auto-promote}: the challenger passes the rule and awaits promotion. */
    public static final int CANDIDATE = 4;

    private ExitCodes() {
    }
}
