package com.carato.data;

import java.util.Map;

/**
 * How one column of the new stones differs from the current training data.
 *
 * @param column    the column name ("carat", "cut", …, "price")
 * @param before    summary of the current data (numeric columns; null for grades)
 * @param after     summary of the new stones (numeric columns; null for grades)
 * @param sharesBefore share of each grade in the current data (grades; empty for numbers)
 * @param sharesAfter  share of each grade in the new stones (grades; empty for numbers)
 * @param psi       population stability index of the new stones against the current data
 * @param level     {@link Level#of} the PSI
 */
public record ColumnDrift(String column, Stats before, Stats after, Map<String, Double> sharesBefore,
                          Map<String, Double> sharesAfter, double psi, Level level) {

    public ColumnDrift {
        sharesBefore = Map.copyOf(sharesBefore);
        sharesAfter = Map.copyOf(sharesAfter);
    }

    public boolean numeric() {
        return before != null;
    }

    /** Mean and quantiles of a numeric column. */
    public record Stats(double mean, double p10, double median, double p90) {
    }

    /** The usual reading of a PSI: below 0.1 stable, below 0.25 moderate shift, else major shift. */
    public enum Level {
        STABLE, MODERATE, MAJOR;

        public static Level of(double psi) {
            return psi < 0.1 ? STABLE : psi < 0.25 ? MODERATE : MAJOR;
        }
    }
}
