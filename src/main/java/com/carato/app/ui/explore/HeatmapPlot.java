package com.carato.app.ui.explore;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.function.DoubleFunction;

/** A correlation matrix as coloured squares (red positive, blue negative) with each value written. */
final class HeatmapPlot extends PlotCanvas {

    private final DoubleFunction<String> valueLabel;
    private final String legend;
    private List<String> names = List.of();
    private double[][] matrix = new double[0][0];

    HeatmapPlot(DoubleFunction<String> valueLabel, String legend) {
        this.valueLabel = valueLabel;
        this.legend = legend;
    }

    void show(List<String> names, double[][] matrix) {
        this.names = names;
        this.matrix = matrix;
        redraw();
    }

    double[][] matrix() {
        return matrix;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        int k = names.size();
        if (k == 0) {
            return;
        }
        double labelW = 70;
        double size = Math.min((w - labelW - 40) / k, (h - top - 70) / k);
        double x0 = labelW + Math.max(0, (w - labelW - size * k) / 2 - 20);
        double y0 = top + 24;
        g.setFont(LABEL);
        for (int i = 0; i < k; i++) {
            g.setFill(Color.BLACK);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(names.get(i), x0 - 8, y0 + size * (i + 0.5));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(names.get(i), x0 + size * (i + 0.5), y0 - 4);
            for (int j = 0; j < k; j++) {
                Color fill = Palette.correlation(matrix[i][j]);
                g.setFill(fill);
                g.fillRect(x0 + size * j, y0 + size * i, size, size);
                g.setStroke(Color.WHITE);
                g.strokeRect(x0 + size * j, y0 + size * i, size, size);
                g.setFill(Palette.textOn(fill));
                g.setTextBaseline(VPos.CENTER);
                g.fillText(valueLabel.apply(matrix[i][j]), x0 + size * (j + 0.5), y0 + size * (i + 0.5));
            }
        }
        double legendY = y0 + size * k + 18;
        double legendW = Math.min(300, size * k);
        for (int i = 0; i < 100; i++) {
            g.setFill(Palette.correlation(-1 + 2 * i / 99.0));
            g.fillRect(x0 + legendW * i / 100, legendY, legendW / 100 + 1, 12);
        }
        g.setFill(Color.BLACK);
        g.setFont(SMALL);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(valueLabel.apply(-1), x0, legendY + 15);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(valueLabel.apply(0), x0 + legendW / 2, legendY + 15);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(valueLabel.apply(1), x0 + legendW, legendY + 15);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(legend, x0 + legendW + 12, legendY + 6);
    }
}
