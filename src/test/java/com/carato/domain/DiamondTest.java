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
    void absurdWeightsAndSizesAreRejected() {
        List<FieldError> huge = Diamond.check(1e308, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 56, 6.4, 6.44, 3.97);
        assertEquals(List.of(new FieldError("carat",
                "implausible weight (1.0E308 ct): at most 1,000 ct (a typo or another unit?)")), huge);
        List<FieldError> tooLong = Diamond.check(1.0, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 56, 640, 6.44, 3.97);
        assertEquals(List.of(new FieldError("x", "implausible size (640 mm): at most 100 mm (a typo or another unit?)")),
                tooLong);
        assertEquals(List.of("carat"), Diamond.check(Diamond.MAX_CARAT + 0.01, Cut.IDEAL, Color.G, Clarity.VS1,
                59.7, 56, 65, 65, 38.8).stream().map(FieldError::field).toList());
        assertEquals(List.of("z"), Diamond.check(1.0, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 56, 6.4, 6.44,
                Diamond.MAX_SIZE_MM + 0.01).stream().map(FieldError::field).toList());
        // the largest plausible stone is still a stone
        assertEquals(Diamond.MAX_CARAT, new Diamond(Diamond.MAX_CARAT, Cut.IDEAL, Color.G, Clarity.VS1, 59.7, 56,
                65, 65, 38.8).carat());
        assertTrue(Diamond.check(0.3, Cut.IDEAL, Color.G, Clarity.VS1, 60, 56, 4.3, 4.3, 2.6).isEmpty());
    }

    @Test
    void pricedStoneNeedsAPositivePrice() {
        assertThrows(InvalidDiamondException.class, () -> new PricedStone(oneCarat(), -1));
        assertThrows(InvalidDiamondException.class, () -> new PricedStone(oneCarat(), 0));
        assertEquals(5000, new PricedStone(oneCarat(), 5000).price());
    }

    @Test
    void pricedStoneNeedsAFinitePlausiblePrice() {
        assertEquals(PricedStone.MAX_PRICE, new PricedStone(oneCarat(), PricedStone.MAX_PRICE).price());
        InvalidDiamondException infinite = assertThrows(InvalidDiamondException.class,
                () -> new PricedStone(oneCarat(), Double.POSITIVE_INFINITY));
        assertEquals(List.of(new FieldError("price", "must be a number, got Infinity")), infinite.errors());
        assertThrows(InvalidDiamondException.class, () -> new PricedStone(oneCarat(), Double.NaN));
        InvalidDiamondException absurd = assertThrows(InvalidDiamondException.class,
                () -> new PricedStone(oneCarat(), 1.5e8));
        assertEquals(List.of(new FieldError("price",
                "implausible price (150000000): at most 100,000,000 dollars (a typo or another unit?)")), absurd.errors());
        assertEquals(PricedStone.checkPrice(-1).orElseThrow().message(),
                "no valid appraisal: price must be positive, got -1");
        assertTrue(PricedStone.checkPrice(4733).isEmpty());
    }

    @Test
    void whatIfCopiesChangeOneGrade() {
        Diamond better = oneCarat().withClarity(Clarity.VVS2);
        assertEquals(Clarity.VVS2, better.clarity());
        assertEquals(oneCarat().withClarity(Clarity.VS1), oneCarat());
    }
}
