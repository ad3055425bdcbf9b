package com.carato.app.ui.explore;

import javafx.scene.canvas.GraphicsContext;

import java.util.function.DoubleFunction;

/** Bars of a histogram on a linear axis. */
final class HistogramPlot extends PlotCanvas {

    private final String xName;
    private final String yName;
    private final DoubleFunction<String> xLabel;
    private final DoubleFunction<String> yLabel;
    private Stats.Histogram histogram = Stats.histogram(new double[0], 1);

    HistogramPlot(String xName, String yName, DoubleFunction<String> xLabel, DoubleFunction<String> yLabel) {
        this.xName = xName;
        this.yName = yName;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        left = 64;
    }

    void show(Stats.Histogram histogram) {
        this.histogram = histogram;
        redraw();
    }

    Stats.Histogram histogram() {
        return histogram;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        if (histogram.total() == 0) {
            frame(g, w, h);
            message(g, w, h, "–");
            return;
        }
        Axis x = new Axis(histogram.min(), histogram.max(), false);
        Axis y = new Axis(0, histogram.maxCount() * 1.08, false);
        xAxis(g, x, w, h, xLabel, xName);
        yAxis(g, y, w, h, yLabel, yName);
        int[] counts = histogram.counts();
        double barW = plotWidth(w) / counts.length;
        g.setFill(Palette.BAR);
        for (int i = 0; i < counts.length; i++) {
            double barH = y.unit(counts[i]) * plotHeight(h);
            g.fillRect(left + i * barW + 0.5, h - bottom - barH, Math.max(1, barW - 1), barH);
        }
        frame(g, w, h);
    }
}
