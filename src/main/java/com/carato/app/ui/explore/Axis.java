package com.carato.app.ui.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * A numeric axis of a hand-drawn chart: maps values to [0, 1], linearly or on a log scale, and
 * picks round tick values (1, 2, 5 × 10ⁿ).
 */
public record Axis(double min, double max, boolean log) {

    public Axis {
        if (log) {
            min = Math.max(min, 1e-9);
            max = Math.max(max, min * 1.0001);
        } else if (!(max > min)) {
            max = min + 1;
        }
    }

    /** An axis spanning {@code values}, with a little room at both ends. */
    public static Axis spanning(double min, double max, boolean log) {
        if (log) {
            double lo = Math.log10(Math.max(min, 1e-9));
            double hi = Math.log10(Math.max(max, min));
            double pad = Math.max((hi - lo) * 0.03, 0.01);
            return new Axis(Math.pow(10, lo - pad), Math.pow(10, hi + pad), true);
        }
        double pad = (max - min) * 0.03;
        double low = min >= 0 && min < (max - min) * 0.1 ? 0 : min - pad;
        return new Axis(low, max + (pad == 0 ? 1 : pad), false);
    }

    /** Position of {@code value}: 0 at {@link #min}, 1 at {@link #max}. */
    public double unit(double value) {
        if (log) {
            return (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        }
        return (value - min) / (max - min);
    }

    /** The value at position {@code unit} (the inverse of {@link #unit}). */
    public double value(double unit) {
        if (log) {
            return Math.pow(10, Math.log10(min) + unit * (Math.log10(max) - Math.log10(min)));
        }
        return min + unit * (max - min);
    }

    /** The part of this axis between two positions, as an axis of its own (for zooming). */
    public Axis window(double fromUnit, double toUnit) {
        return new Axis(value(fromUnit), value(toUnit), log);
    }

    /** Round values inside the axis, about {@code target} of them. */
    public List<Double> ticks(int target) {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            int from = (int) Math.floor(Math.log10(min));
            int to = (int) Math.ceil(Math.log10(max));
            double[] steps = to - from > 3 ? new double[] {1} : new double[] {1, 2, 5};
            for (int e = from; e <= to; e++) {
                for (double s : steps) {
                    double v = s * Math.pow(10, e);
                    if (v >= min && v <= max) {
                        ticks.add(v);
                    }
                }
            }
            return ticks;
        }
        double step = niceStep((max - min) / Math.max(1, target));
        for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return ticks;
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
