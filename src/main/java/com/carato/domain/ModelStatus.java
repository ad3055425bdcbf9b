package com.carato.domain;

import java.util.Locale;

/**
 * Where a model version stands, as the registry's log says. Shown in lower case in JSON and on
 * the command line ({@link #code()}): "champion", "challenger", …
 */
public enum ModelStatus {
    /** The version that prices stones now. */
    CHAMPION,
    /** Trained and logged, never champion (kept out by the rule or by a person, or not decided). */
    CHALLENGER,
    /** Champion once, replaced since; may be rolled back to. */
    RETIRED,
    /** A complete bundle the log never mentions (a crash between its move and its log line). */
    UNLOGGED,
    /** A bundle whose manifest cannot be read. */
    UNREADABLE;

    /** The lower-case word used in JSON, files and the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of a code ("champion"); an unknown code is refused naming it. */
    public static ModelStatus of(String code) {
        for (ModelStatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a model status: \"" + code + "\"");
    }

    @Override
    public String toString() {
        return code();
    }
}
