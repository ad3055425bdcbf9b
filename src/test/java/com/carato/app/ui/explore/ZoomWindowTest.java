package com.carato.app.ui.explore;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoomWindowTest {

    @Test
    void zoomingKeepsThePointUnderTheCursorInPlace() {
        ZoomWindow w = ZoomWindow.ALL.zoom(0.25, 0.75, 0.5);
        assertEquals(0.5, w.x1() - w.x0(), 1e-12);
        // the data point at unit 0.25 was a quarter across the screen; it still is
        assertEquals(0.25, w.toWindowX(0.25), 1e-12);
        assertEquals(0.75, w.toWindowY(0.75), 1e-12);
        assertTrue(w.zoomed());
    }

    @Test
    void theWindowStaysInsideTheDataAndZoomingOutEndsAtEverything() {
        ZoomWindow w = ZoomWindow.ALL.zoom(1.0, 0.0, 0.5);
        assertEquals(1.0, w.x1(), 1e-12);
        assertEquals(0.0, w.y0(), 1e-12);
        ZoomWindow out = w.zoom(0.5, 0.5, 1.25).zoom(0.5, 0.5, 1.25).zoom(0.5, 0.5, 1.25).zoom(0.5, 0.5, 1.25);
        assertEquals(ZoomWindow.ALL, out);
        assertFalse(out.zoomed());
    }

    @Test
    void magnificationIsBounded() {
        ZoomWindow w = ZoomWindow.ALL;
        for (int i = 0; i < 100; i++) {
            w = w.zoom(0.5, 0.5, 0.5);
        }
        assertEquals(1 / ZoomWindow.MAX_MAGNIFICATION, w.x1() - w.x0(), 1e-12);
    }

    @Test
    void anAxisWindowMapsBackToValues() {
        Axis linear = new Axis(0, 10, false);
        assertEquals(2.5, linear.value(0.25), 1e-12);
        assertEquals(new Axis(2.5, 5, false), linear.window(0.25, 0.5));
        Axis log = new Axis(1, 10_000, true);
        assertEquals(100, log.value(0.5), 1e-9);
        assertEquals(0.5, log.unit(log.value(0.5)), 1e-12);
    }
}
