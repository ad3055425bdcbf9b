package com.carato.app.ui.explore;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.function.DoubleFunction;

/** Vertical bars, one per category, each with its value written above it. */
final class BarPlot extends PlotCanvas {

    /** One bar; a NaN value draws no bar. */
    record Bar(String label, double value, String note) {
    }

    private final String xName;
    private final String yName;
    private final DoubleFunction<String> valueLabel;
    private final DoubleFunction<String> tickLabel;
    private final Color colour;
    private List<Bar> bars = List.of();
    private double scaleMax;

    BarPlot(String xName, String yName, DoubleFunction<String> valueLabel, DoubleFunction<String> tickLabel,
            Color colour) {
        this.xName = xName;
        this.yName = yName;
        this.valueLabel = valueLabel;
        this.tickLabel = tickLabel;
        this.colour = colour;
        bottom = 62;
    }

    /** Shows {@code bars} on a scale up to at least {@code scaleMax} (so two plots side by side compare). */
    void show(List<Bar> bars, double scaleMax) {
        this.bars = bars;
        this.scaleMax = scaleMax;
        redraw();
    }

    List<Bar> bars() {
        return bars;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        double max = bars.stream().mapToDouble(Bar::value).filter(v -> !Double.isNaN(v)).max().orElse(0);
        if (bars.isEmpty() || max <= 0) {
            frame(g, w, h);
            message(g, w, h, "–");
            return;
        }
        Axis y = new Axis(0, Math.max(max, scaleMax) * 1.15, false);
        yAxis(g, y, w, h, tickLabel, yName);
        double slot = plotWidth(w) / bars.size();
        double barW = Math.min(56, slot * 0.6);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double cx = left + slot * (i + 0.5);
            if (!Double.isNaN(bar.value())) {
                double barTop = top + (1 - y.unit(bar.value())) * plotHeight(h);
                g.setFill(colour);
                g.fillRect(cx - barW / 2, barTop, barW, h - bottom - barTop);
                g.setFill(Color.BLACK);
                g.setFont(SMALL);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(valueLabel.apply(bar.value()), cx, barTop - 3);
            }
            g.setFill(Color.BLACK);
            g.setFont(LABEL);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(bar.label(), cx, h - bottom + 6);
            g.setFill(Palette.AXIS);
            g.setFont(SMALL);
            g.fillText(bar.note(), cx, h - bottom + 22);
        }
        g.setFont(LABEL);
        g.setFill(Color.BLACK);
        g.fillText(xName, left + plotWidth(w) / 2, h - 20);
        frame(g, w, h);
    }
}
