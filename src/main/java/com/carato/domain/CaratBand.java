package com.carato.domain;

/** Weight bands used to judge a model where it matters: big stones cost most. */
public enum CaratBand {
    UNDER_HALF("< 0.5 ct", 0, 0.5),
    HALF_TO_ONE("0.5–1 ct", 0.5, 1.0),
    ONE_TO_ONE_HALF("1–1.5 ct", 1.0, 1.5),
    ONE_HALF_TO_TWO("1.5–2 ct", 1.5, 2.0),
    TWO_AND_ABOVE("≥ 2 ct", 2.0, Double.POSITIVE_INFINITY);

    private final String label;
    private final double from;
    private final double to;

    CaratBand(String label, double from, double to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    /** The band of a weight: from (inclusive) to (exclusive). */
    public static CaratBand of(double carat) {
        for (CaratBand band : values()) {
            if (carat >= band.from && carat < band.to) {
                return band;
            }
        }
        return UNDER_HALF;
    }

    @Override
    public String toString() {
        return label;
    }
}
