package com.carato.domain;

/** Clarity grade (inclusions), worst (I1) to best (IF, internally flawless). */
public enum Clarity implements Grade {
    I1, SI2, SI1, VS2, VS1, VVS2, VVS1, IF;

    @Override
    public String label() {
        return name();
    }

    /** Parses the data set's spelling ("VVS1"), ignoring case. */
    public static Clarity parse(String text) {
        return Grade.parse(Clarity.class, "clarity", text);
    }

    public static Clarity best() {
        return IF;
    }

    @Override
    public String toString() {
        return label();
    }
}
