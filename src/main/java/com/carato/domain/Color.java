package com.carato.domain;

/** Colour grade, worst (J, tinted) to best (D, colourless). */
public enum Color implements Grade {
    J, I, H, G, F, E, D;

    @Override
    public String label() {
        return name();
    }

    /** Parses the data set's spelling ("D"), ignoring case. */
    public static Color parse(String text) {
        return Grade.parse(Color.class, "color", text);
    }

    public static Color best() {
        return D;
    }

    @Override
    public String toString() {
        return label();
    }
}
