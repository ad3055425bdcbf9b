package com.carato.register;

/** A register operation that cannot be done, with the reason a person can act on. */
public final class RegisterException extends RuntimeException {

    /** What went wrong, stable for the CLI's exit codes and REST's problem types. */
    public enum Problem {
        /** No entry has this number. */
        UNKNOWN_NUMBER,
        /** The entry was voided before. */
        ALREADY_VOIDED,
        /** A void needs a reason (and who voids it). */
        NO_REASON,
        /** A search or an entry with an invalid value (dates, ranges, page). */
        BAD_INPUT,
        /** The database cannot be reached (network, server down, wrong address or credentials). */
        UNREACHABLE,
        /** The database answered with an error. */
        DATABASE_ERROR,
        /** The database was migrated by a newer Carato. */
        SCHEMA_TOO_NEW
    }

    private static final long serialVersionUID = 1L;

    private final Problem problem;

    public RegisterException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public RegisterException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
