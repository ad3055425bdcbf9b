package com.carato.app.ui.appraise;

import com.carato.app.ui.common.Formats;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal waterfall: from the price of a typical stone, each characteristic adds or takes
 * away dollars, ending at this stone's price. Drawn on a canvas that follows the region's size.
 */
public final class WaterfallChart extends Region {

    /** One row: a label and the dollars it adds (or the level of a total row). */
    public record Step(String label, String value, double dollars, boolean total) {
    }

    private static final double ROW = 22;
    private static final double LABEL_WIDTH = 170;
    private static final double AMOUNT_WIDTH = 80;
    private static final Color UP = Color.web("#2e7d32");
    private static final Color DOWN = Color.web("#c62828");
    private static final Color TOTAL = Color.web("#1f5f8b");

    private final Canvas canvas = new Canvas();
    private List<Step> steps = List.of();
    private Formats formats = new Formats(java.util.Locale.ENGLISH);

    public WaterfallChart() {
        getChildren().add(canvas);
        getStyleClass().add("waterfall");
        widthProperty().addListener((obs, o, n) -> draw());
        heightProperty().addListener((obs, o, n) -> draw());
    }

    public void setSteps(List<Step> newSteps, Formats newFormats) {
        this.steps = List.copyOf(newSteps);
        this.formats = newFormats;
        setPrefHeight(Math.max(ROW, steps.size() * ROW + 8));
        setMinHeight(getPrefHeight());
        draw();
    }

    public List<Step> steps() {
        return steps;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        g.clearRect(0, 0, w, canvas.getHeight());
        if (steps.isEmpty() || w < LABEL_WIDTH + AMOUNT_WIDTH + 40) {
            return;
        }
        List<double[]> spans = new ArrayList<>();
        double level = 0;
        double max = 0;
        for (Step step : steps) {
            double from = step.total() ? 0 : level;
            double to = step.total() ? step.dollars() : level + step.dollars();
            spans.add(new double[] {Math.min(from, to), Math.max(from, to)});
            level = to;
            max = Math.max(max, Math.max(from, to));
        }
        double plot = w - LABEL_WIDTH - AMOUNT_WIDTH - 10;
        double scale = max > 0 ? plot / max : 0;
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            double y = 4 + i * ROW;
            g.setFill(Color.web("#333333"));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(step.label() + (step.value().isEmpty() ? "" : " " + step.value()), 0, y + ROW / 2, LABEL_WIDTH - 6);
            double[] span = spans.get(i);
            double x0 = LABEL_WIDTH + span[0] * scale;
            double width = Math.max(1.5, (span[1] - span[0]) * scale);
            g.setFill(step.total() ? TOTAL : step.dollars() >= 0 ? UP : DOWN);
            g.fillRect(x0, y + 4, width, ROW - 8);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(step.total() ? TOTAL : step.dollars() >= 0 ? UP : DOWN);
            g.fillText(step.total() ? formats.money(step.dollars()) : formats.signedMoney(step.dollars()), w - 2,
                    y + ROW / 2);
        }
    }
}
