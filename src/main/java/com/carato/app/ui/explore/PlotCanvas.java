package com.carato.app.ui.explore;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.function.DoubleFunction;

/**
 * A chart drawn on a canvas that fills its region and redraws when resized: thousands of points
 * cost one pass of drawing, and the image saved as PNG is exactly what is on screen.
 */
abstract class PlotCanvas extends Region {

    static final Font TITLE = Font.font("System", FontWeight.BOLD, 14);
    static final Font LABEL = Font.font("System", 12);
    static final Font SMALL = Font.font("System", 11);

    protected final Canvas canvas = new Canvas();
    private String title = "";
    protected double left = 72;
    protected double right = 20;
    protected double top = 36;
    protected double bottom = 48;

    PlotCanvas() {
        getChildren().add(canvas);
        getStyleClass().add("plot");
        setMinSize(200, 150);
        setPrefSize(600, 400);
    }

    void setTitle(String title) {
        this.title = title;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    final void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFill(Color.BLACK);
        g.setFont(TITLE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, 10, 10);
        draw(g, w, h);
    }

    /** Draws the chart below the title; the canvas is already white. */
    protected abstract void draw(GraphicsContext g, double w, double h);

    protected double plotWidth(double w) {
        return Math.max(1, w - left - right);
    }

    protected double plotHeight(double h) {
        return Math.max(1, h - top - bottom);
    }

    /** Horizontal axis with grid lines, tick labels and its name below. */
    protected void xAxis(GraphicsContext g, Axis axis, double w, double h, DoubleFunction<String> label, String name) {
        double y0 = h - bottom;
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double tick : axis.ticks(Math.max(2, (int) (plotWidth(w) / 90)))) {
            double x = left + axis.unit(tick) * plotWidth(w);
            g.setStroke(Palette.GRID);
            g.strokeLine(x, top, x, y0);
            g.setFill(Palette.AXIS);
            g.fillText(label.apply(tick), x, y0 + 5);
        }
        g.setFont(LABEL);
        g.fillText(name, left + plotWidth(w) / 2, h - 20);
        frame(g, w, h);
    }

    /** Vertical axis with grid lines, tick labels and its name turned sideways. */
    protected void yAxis(GraphicsContext g, Axis axis, double w, double h, DoubleFunction<String> label, String name) {
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double tick : axis.ticks(Math.max(2, (int) (plotHeight(h) / 60)))) {
            double y = top + (1 - axis.unit(tick)) * plotHeight(h);
            g.setStroke(Palette.GRID);
            g.strokeLine(left, y, w - right, y);
            g.setFill(Palette.AXIS);
            g.fillText(label.apply(tick), left - 6, y);
        }
        g.save();
        g.translate(14, top + plotHeight(h) / 2);
        g.rotate(-90);
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(name, 0, 0);
        g.restore();
        frame(g, w, h);
    }

    protected void frame(GraphicsContext g, double w, double h) {
        g.setStroke(Palette.AXIS);
        g.setLineWidth(1);
        g.strokeLine(left, top, left, h - bottom);
        g.strokeLine(left, h - bottom, w - right, h - bottom);
    }

    protected void message(GraphicsContext g, double w, double h, String text) {
        g.setFill(Palette.AXIS);
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, w / 2, h / 2);
    }
}
