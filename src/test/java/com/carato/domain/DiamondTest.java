package com.carato.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiamondTest {

    static Diamond oneCarat() {
        return new Diamond(1.0, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 56, 6.4, 6.44, 3.97);
    }

    @Test
    void aValidStoneKeepsItsValues() {
        Diamond d = oneCarat();
        assertEquals(1.0, d.carat());
        assertEquals(Cut.IDEAL, d.cut());
        assertEquals(61.8, d.computedDepth(), 0.05);
        assertFalse(d.depthDisagrees());
    }

    @Test
    void invalidValuesAreAllReportedAtOnce() {
        InvalidDiamondException e = assertThrows(InvalidDiamondException.class,
                () -> new Diamond(0, null, Color.D, Clarity.IF, 120, 55, 0, -1, 3));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("carat", "cut", "depth", "x", "y"), fields);
        assertTrue(e.getMessage().contains("x: zero or negative size (0)"), e.getMessage());
        assertTrue(e.getMessage().contains("depth: must be a percentage between 0 and 100, got 120"), e.getMessage());
    }

    @Test
    void nonFiniteNumbersAreRejected() {
        assertThrows(InvalidDiamondException.class,
                () -> new Diamond(Double.NaN, Cut.GOOD, Color.D, Clarity.IF, 60, 55, 5, 5, 3));
        assertThrows(InvalidDiamondException.class,
                () -> new Diamond(1, Cut.GOOD, Color.D, Clarity.IF, 60, 55, Double.POSITIVE_INFINITY, 5, 3));
    }

    @Test
    void depthThatDisagreesWithMeasurementsIsDetected() {
        Diamond d = new Diamond(0.31, Cut.GOOD, Color.D, Clarity.VVS1, 44.0, 60, 4.31, 4.35, 2.8);
        assertTrue(d.depthDisagrees());
        assertEquals(64.66, d.computedDepth(), 0.01);
    }

    @Test
    void pricedStoneNeedsAPositivePrice() {
        assertThrows(InvalidDiamondException.class, () -> new PricedStone(oneCarat(), -1));
        assertThrows(InvalidDiamondException.class, () -> new PricedStone(oneCarat(), 0));
        assertEquals(5000, new PricedStone(oneCarat(), 5000).price());
    }

    @Test
    void whatIfCopiesChangeOneGrade() {
        Diamond better = oneCarat().withClarity(Clarity.VVS2);
        assertEquals(Clarity.VVS2, better.clarity());
        assertEquals(oneCarat().withClarity(Clarity.VS1), oneCarat());
    }
}
