package com.carato.ml.report;

import smile.plot.swing.Bar;
import smile.plot.swing.BarPlot;
import smile.plot.swing.Canvas;
import smile.plot.swing.LinePlot;
import smile.plot.swing.ScatterPlot;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The report's charts, drawn with smile-plot off screen (headless) into PNG files. */
final class Charts {

    static final int WIDTH = 900;
    static final int HEIGHT = 600;
    private static final Color BLUE = new Color(31, 95, 139);

    private Charts() {
    }

    /** Scatter of points with the line y = x drawn from {@code lo} to {@code hi}. */
    static Canvas scatterWithDiagonal(double[][] points, double lo, double hi, String title, String xLabel,
                                      String yLabel) {
        Canvas canvas = ScatterPlot.of(points, '.', BLUE).canvas();
        canvas.add(LinePlot.of(new double[][] {{lo, lo}, {hi, hi}}, Color.GRAY));
        canvas.setTitle(title);
        canvas.setAxisLabels(xLabel, yLabel);
        return canvas;
    }

    static Canvas scatter(double[][] points, String title, String xLabel, String yLabel) {
        Canvas canvas = ScatterPlot.of(points, '.', BLUE).canvas();
        canvas.setTitle(title);
        canvas.setAxisLabels(xLabel, yLabel);
        return canvas;
    }

    /** One bar per label. */
    static Canvas bars(String[] labels, double[] values, String title, String yLabel) {
        double[][] data = new double[values.length][];
        double[] at = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            at[i] = i + 1;
            data[i] = new double[] {at[i], values[i]};
        }
        Canvas canvas = new BarPlot(new Bar(data, 0.6, BLUE)).canvas();
        canvas.extendLowerBound(new double[] {0.3, 0});
        canvas.extendUpperBound(new double[] {values.length + 0.7, 0});
        canvas.getAxis(0).setTicks(labels, at);
        canvas.getAxis(0).setGridVisible(false);
        canvas.setTitle(title);
        canvas.setAxisLabels("", yLabel);
        return canvas;
    }

    /** Writes a canvas to a PNG file atomically. */
    static void write(Canvas canvas, Path file) throws IOException {
        BufferedImage image = canvas.toBufferedImage(WIDTH, HEIGHT);
        com.carato.data.AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
