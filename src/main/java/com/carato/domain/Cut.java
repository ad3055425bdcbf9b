package com.carato.domain;

/** Quality of the cut, worst to best. */
public enum Cut implements Grade {
    FAIR("Fair"),
    GOOD("Good"),
    VERY_GOOD("Very Good"),
    PREMIUM("Premium"),
    IDEAL("Ideal");

    private final String label;

    Cut(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Parses the data set's spelling ("Very Good"), ignoring case. */
    public static Cut parse(String text) {
        return Grade.parse(Cut.class, "cut", text);
    }

    public static Cut best() {
        return IDEAL;
    }

    @Override
    public String toString() {
        return label;
    }
}
