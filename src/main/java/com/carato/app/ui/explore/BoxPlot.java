package com.carato.app.ui.explore;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Box plots side by side, one per grade (worst on the left): the box spans the middle half of
 * the stones, the line is the median, whiskers reach the furthest stones within 1.5 box heights,
 * dots are the stones beyond.
 */
final class BoxPlot extends PlotCanvas {

    private final String yName;
    private final DoubleFunction<String> yLabel;
    private final DoubleFunction<String> countLabel;
    private String xName = "";
    private List<Stats.Box> boxes = List.of();

    BoxPlot(String yName, DoubleFunction<String> yLabel, DoubleFunction<String> countLabel) {
        this.yName = yName;
        this.yLabel = yLabel;
        this.countLabel = countLabel;
    }

    void show(String xName, List<Stats.Box> boxes) {
        this.xName = xName;
        this.boxes = boxes;
        redraw();
    }

    List<Stats.Box> boxes() {
        return boxes;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        if (boxes.isEmpty()) {
            frame(g, w, h);
            message(g, w, h, "–");
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Stats.Box b : boxes) {
            min = Math.min(min, b.outliers().length > 0 ? Math.min(b.whiskerLow(), b.outliers()[0]) : b.whiskerLow());
            max = Math.max(max, b.outliers().length > 0
                    ? Math.max(b.whiskerHigh(), b.outliers()[b.outliers().length - 1]) : b.whiskerHigh());
        }
        Axis y = Axis.spanning(min, max, false);
        bottom = 62;
        yAxis(g, y, w, h, yLabel, yName);
        double slot = plotWidth(w) / boxes.size();
        double boxW = Math.min(60, slot * 0.55);
        for (int i = 0; i < boxes.size(); i++) {
            Stats.Box b = boxes.get(i);
            double cx = left + slot * (i + 0.5);
            Color colour = Palette.grade(i, boxes.size());
            drawBox(g, b, y, cx, boxW, h, colour);
            g.setFill(Color.BLACK);
            g.setFont(LABEL);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(b.label(), cx, h - bottom + 6);
            g.setFill(Palette.AXIS);
            g.setFont(SMALL);
            g.fillText(countLabel.apply(b.n()), cx, h - bottom + 22);
        }
        g.setFont(LABEL);
        g.setFill(Color.BLACK);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(xName, left + plotWidth(w) / 2, h - 20);
        frame(g, w, h);
    }

    private void drawBox(GraphicsContext g, Stats.Box b, Axis y, double cx, double boxW, double h, Color colour) {
        double plotH = plotHeight(h);
        java.util.function.DoubleUnaryOperator py = v -> top + (1 - y.unit(v)) * plotH;
        g.setStroke(Palette.AXIS);
        g.setLineWidth(1);
        g.strokeLine(cx, py.applyAsDouble(b.whiskerLow()), cx, py.applyAsDouble(b.q1()));
        g.strokeLine(cx, py.applyAsDouble(b.q3()), cx, py.applyAsDouble(b.whiskerHigh()));
        g.strokeLine(cx - boxW / 4, py.applyAsDouble(b.whiskerLow()), cx + boxW / 4, py.applyAsDouble(b.whiskerLow()));
        g.strokeLine(cx - boxW / 4, py.applyAsDouble(b.whiskerHigh()), cx + boxW / 4, py.applyAsDouble(b.whiskerHigh()));
        double top3 = py.applyAsDouble(b.q3());
        double height = py.applyAsDouble(b.q1()) - top3;
        g.setFill(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0.45));
        g.fillRect(cx - boxW / 2, top3, boxW, height);
        g.strokeRect(cx - boxW / 2, top3, boxW, height);
        g.setLineWidth(2.5);
        g.strokeLine(cx - boxW / 2, py.applyAsDouble(b.median()), cx + boxW / 2, py.applyAsDouble(b.median()));
        g.setLineWidth(1);
        g.setFill(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0.5));
        for (double v : b.outliers()) {
            g.fillOval(cx - 2, py.applyAsDouble(v) - 2, 4, 4);
        }
    }
}
