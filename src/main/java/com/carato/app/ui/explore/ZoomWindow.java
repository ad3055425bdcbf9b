package com.carato.app.ui.explore;

/**
 * The visible part of a chart, in axis units (0 = the axis's start, 1 = its end) on both axes.
 * Zooming keeps the point under the cursor in place; the window never leaves the data's range.
 */
record ZoomWindow(double x0, double x1, double y0, double y1) {

    static final ZoomWindow ALL = new ZoomWindow(0, 1, 0, 1);

    /** The most a chart can be magnified. */
    static final double MAX_MAGNIFICATION = 50;

    boolean zoomed() {
        return !equals(ALL);
    }

    /**
     * Zooms by {@code factor} (below 1 zooms in) around the point at screen fractions
     * ({@code fx}, {@code fy}) of the visible window, {@code fy} measured upwards.
     */
    ZoomWindow zoom(double fx, double fy, double factor) {
        double[] x = scale(x0, x1, fx, factor);
        double[] y = scale(y0, y1, fy, factor);
        return new ZoomWindow(x[0], x[1], y[0], y[1]);
    }

    private static double[] scale(double from, double to, double at, double factor) {
        double width = Math.min(1, Math.max(1 / MAX_MAGNIFICATION, (to - from) * factor));
        double anchor = from + at * (to - from);
        double lo = anchor - at * width;
        lo = Math.max(0, Math.min(1 - width, lo));
        return new double[] {lo, lo + width};
    }

    /** Where a full-axis unit position lands in the window (0..1 when visible). */
    double toWindowX(double unit) {
        return (unit - x0) / (x1 - x0);
    }

    double toWindowY(double unit) {
        return (unit - y0) / (y1 - y0);
    }
}
