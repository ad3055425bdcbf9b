package com.carato.app.ui.explore;

import javafx.scene.paint.Color;

/** Colours of the explorer's charts: ordered grades, heat shading and correlations. */
final class Palette {

    /** "Turbo"-like ramp: distinct hues in order, dark blue (worst grade) to red (best). */
    private static final Color[] GRADES = {
        Color.web("#3b4cc0"), Color.web("#2f8fd8"), Color.web("#1bb5a6"), Color.web("#66bf3f"),
        Color.web("#c7b42a"), Color.web("#f08a24"), Color.web("#d9452b"), Color.web("#8c1d40"),
    };

    private static final Color[] HEAT = {
        Color.web("#fff7d6"), Color.web("#fed976"), Color.web("#fd8d3c"), Color.web("#e31a1c"), Color.web("#800026"),
    };

    static final Color AXIS = Color.web("#444444");
    static final Color GRID = Color.web("#e6e6e6");
    static final Color BAR = Color.web("#1f5f8b");
    static final Color BAR_ALT = Color.web("#d08b2c");

    private Palette() {
    }

    /** Colour of grade {@code rank} out of {@code count} grades (0 = worst). */
    static Color grade(int rank, int count) {
        double t = count <= 1 ? 0.5 : (double) rank / (count - 1);
        return ramp(GRADES, t);
    }

    /** Heat shading of {@code t} in [0, 1]: pale yellow (cheap) to dark red (dear). */
    static Color heat(double t) {
        return ramp(HEAT, t);
    }

    /** Diverging shading of a correlation in [-1, 1]: blue, white at 0, red. */
    static Color correlation(double r) {
        if (Double.isNaN(r)) {
            return Color.LIGHTGRAY;
        }
        Color blue = Color.web("#2166ac");
        Color red = Color.web("#b2182b");
        return r < 0 ? Color.WHITE.interpolate(blue, Math.min(1, -r)) : Color.WHITE.interpolate(red, Math.min(1, r));
    }

    /** Black or white, whichever reads better on {@code background}. */
    static Color textOn(Color background) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
        return luminance < 0.55 ? Color.WHITE : Color.BLACK;
    }

    static String css(Color color) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", (int) Math.round(color.getRed() * 255),
                (int) Math.round(color.getGreen() * 255), (int) Math.round(color.getBlue() * 255));
    }

    private static Color ramp(Color[] stops, double t) {
        double clamped = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t));
        double position = clamped * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(position));
        return stops[i].interpolate(stops[i + 1], position - i);
    }
}
