package com.carato.app.ui.explore;

import com.carato.domain.Diamond;
import com.carato.domain.Grade;
import com.carato.domain.PricedStone;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.function.Function;

/**
 * Price against weight, one dot per stone, coloured by a grade; hovering a dot names the stone,
 * the mouse wheel zooms around the cursor and a double click shows everything again.
 */
final class ScatterPlot extends PlotCanvas {

    private static final double RADIUS = 2.6;
    private static final double HOVER = 6;

    private final Formats formats;
    private final String caratName;
    private final String priceName;
    private final Function<Grading, String> gradingName;
    private final Tooltip tooltip = new Tooltip();
    private List<PricedStone> stones = List.of();
    private Grading colourBy = Grading.COLOR;
    private boolean logCarat;
    private boolean logPrice;
    private double[] px = new double[0];
    private double[] py = new double[0];
    private ZoomWindow zoom = ZoomWindow.ALL;

    ScatterPlot(Formats formats, String caratName, String priceName, Function<Grading, String> gradingName) {
        this.formats = formats;
        this.caratName = caratName;
        this.priceName = priceName;
        this.gradingName = gradingName;
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scroll);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2) {
                resetZoom();
            }
        });
    }

    private void scroll(ScrollEvent event) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double fx = (event.getX() - left) / plotWidth(w);
        double fy = 1 - (event.getY() - top) / plotHeight(h);
        if (fx < 0 || fx > 1 || fy < 0 || fy > 1 || event.getDeltaY() == 0) {
            return;
        }
        zoom = zoom.zoom(fx, fy, event.getDeltaY() > 0 ? 0.8 : 1.25);
        redraw();
        event.consume();
    }

    /** Shows every stone again after zooming. */
    void resetZoom() {
        zoom = ZoomWindow.ALL;
        redraw();
    }

    /** The visible part of the data (for tests). */
    ZoomWindow zoomWindow() {
        return zoom;
    }

    /** Zooms as the mouse wheel does, at fractions of the plot (for tests). */
    void zoomAt(double fx, double fy, double factor) {
        zoom = zoom.zoom(fx, fy, factor);
        redraw();
    }

    void show(List<PricedStone> stones, Grading colourBy, boolean logCarat, boolean logPrice) {
        this.stones = stones;
        this.colourBy = colourBy;
        this.logCarat = logCarat;
        this.logPrice = logPrice;
        this.zoom = ZoomWindow.ALL;
        redraw();
    }

    /** How many stones are visible in the current zoom window. */
    int visibleCount() {
        int n = 0;
        for (double x : px) {
            n += Double.isNaN(x) ? 0 : 1;
        }
        return n;
    }

    /** How many stones the plot draws. */
    int pointCount() {
        return stones.size();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        px = new double[stones.size()];
        py = new double[stones.size()];
        if (stones.isEmpty()) {
            frame(g, w, h);
            message(g, w, h, "–");
            return;
        }
        Axis fullX = Axis.spanning(stones.stream().mapToDouble(s -> s.diamond().carat()).min().orElse(0),
                stones.stream().mapToDouble(s -> s.diamond().carat()).max().orElse(1), logCarat);
        Axis fullY = Axis.spanning(stones.stream().mapToDouble(PricedStone::price).min().orElse(0),
                stones.stream().mapToDouble(PricedStone::price).max().orElse(1), logPrice);
        Axis x = fullX.window(zoom.x0(), zoom.x1());
        Axis y = fullY.window(zoom.y0(), zoom.y1());
        xAxis(g, x, w, h, v -> formats.decimal(v, v < 1 && logCarat ? 1 : v % 1 == 0 ? 0 : 1), caratName);
        yAxis(g, y, w, h, formats::moneyShort, priceName);
        int grades = colourBy.grades().size();
        Color[] colours = new Color[grades];
        for (int i = 0; i < grades; i++) {
            Color c = Palette.grade(i, grades);
            colours[i] = new Color(c.getRed(), c.getGreen(), c.getBlue(), 0.6);
        }
        for (int i = 0; i < stones.size(); i++) {
            PricedStone s = stones.get(i);
            double ux = x.unit(s.diamond().carat());
            double uy = y.unit(s.price());
            if (ux < 0 || ux > 1 || uy < 0 || uy > 1) {
                // outside the zoomed window: not drawn, and never hovered
                px[i] = Double.NaN;
                py[i] = Double.NaN;
                continue;
            }
            px[i] = left + ux * plotWidth(w);
            py[i] = top + (1 - uy) * plotHeight(h);
            g.setFill(colours[colourBy.rank(s.diamond())]);
            g.fillOval(px[i] - RADIUS, py[i] - RADIUS, 2 * RADIUS, 2 * RADIUS);
        }
        legend(g);
    }

    private void legend(GraphicsContext g) {
        List<Grade> grades = colourBy.grades();
        double boxX = left + 12;
        double boxY = top + 10;
        double rowH = 17;
        double boxW = 112;
        double boxH = 26 + rowH * grades.size();
        g.setFill(Color.rgb(255, 255, 255, 0.9));
        g.fillRect(boxX, boxY, boxW, boxH);
        g.setStroke(Palette.GRID.darker());
        g.strokeRect(boxX, boxY, boxW, boxH);
        g.setFill(Color.BLACK);
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(gradingName.apply(colourBy), boxX + 8, boxY + 13);
        for (int i = 0; i < grades.size(); i++) { // best first, as the trade lists grades
            int rank = grades.size() - 1 - i;
            double rowY = boxY + 30 + rowH * i;
            g.setFill(Palette.grade(rank, grades.size()));
            g.fillOval(boxX + 10, rowY - 5, 10, 10);
            g.setFill(Color.BLACK);
            g.fillText(grades.get(rank).label(), boxX + 28, rowY);
        }
    }

    private void hover(MouseEvent event) {
        int nearest = -1;
        double best = HOVER * HOVER;
        for (int i = 0; i < px.length; i++) {
            double dx = px[i] - event.getX();
            double dy = py[i] - event.getY();
            double d2 = dx * dx + dy * dy;
            if (d2 <= best) {
                best = d2;
                nearest = i;
            }
        }
        if (nearest < 0 || nearest >= stones.size()) {
            tooltip.hide();
            return;
        }
        PricedStone stone = stones.get(nearest);
        Diamond d = stone.diamond();
        tooltip.setText(formats.carat(d.carat()) + " · " + d.cut().label() + " · " + d.color().label() + " · "
                + d.clarity().label() + "\n" + formats.money(stone.price()));
        tooltip.show(canvas, event.getScreenX() + 14, event.getScreenY() + 14);
    }
}
