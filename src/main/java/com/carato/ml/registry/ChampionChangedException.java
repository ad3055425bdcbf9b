package com.carato.ml.registry;

import java.util.Objects;

/**
 * A promotion, keep or rollback that expected one champion found another: someone else changed
 * the champion in between (another process, another window). Nothing was written.
 */
public final class ChampionChangedException extends BundleException {

    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String actual;

    public ChampionChangedException(String expected, String actual, String what) {
        super("the champion changed from " + name(expected) + " to " + name(actual) + " while " + what
                + "; nothing was recorded: look at the new champion and try again");
        this.expected = expected;
        this.actual = actual;
    }

    private static String name(String id) {
        return Objects.requireNonNullElse(id, "(none)");
    }

    /** The champion the caller expected (null: none). */
    public String expected() {
        return expected;
    }

    /** The champion the log holds (null: none). */
    public String actual() {
        return actual;
    }
}
