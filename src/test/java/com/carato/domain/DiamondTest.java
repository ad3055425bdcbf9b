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

    /** A stone of the sizes of {@link #oneCarat()} whose weight is {@code factor} times what they imply. */
    static List<FieldError> weighing(double factor) {
        double implied = Diamond.impliedCarat(6.4, 6.44, 3.97);
        return Diamond.check(implied * factor, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 56, 6.4, 6.44, 3.97);
    }

    static Diamond stoneWeighing(double factor) {
        return new Diamond(Diamond.impliedCarat(6.4, 6.44, 3.97) * factor, Cut.IDEAL, Color.G, Clarity.VS1,
                61.8, 56, 6.4, 6.44, 3.97);
    }

    @Test
    void weightImpliedBySizeIsTheTradesEstimate() {
        Diamond d = oneCarat();
        assertEquals(0.0061 * 6.4 * 6.44 * 3.97, d.impliedCarat(), 1e-12);
        assertEquals(1.0 / (0.0061 * 6.4 * 6.44 * 3.97) - 1, d.weightSizeDeviation(), 1e-12);
        assertEquals(0.10, Diamond.weightSizeDeviation(1.1, 10, 10, 1 / 0.61), 1e-9);
        assertEquals(-0.25, Diamond.weightSizeDeviation(0.75, 10, 10, 1 / 0.61), 1e-9);
        assertFalse(d.weightSizeDisagrees());
        assertTrue(d.weightSizeWarning().isEmpty());
    }

    @Test
    void weightAndSizeMoreThanTwentyPercentApartIsInvalid() {
        assertTrue(weighing(1.199).isEmpty());
        assertTrue(weighing(0.801).isEmpty());
        assertEquals(List.of("carat"), weighing(1.201).stream().map(FieldError::field).toList());
        assertEquals(List.of("carat"), weighing(0.799).stream().map(FieldError::field).toList());
        assertThrows(InvalidDiamondException.class, () -> stoneWeighing(1.201));
        assertThrows(InvalidDiamondException.class, () -> stoneWeighing(0.799));
    }

    @Test
    void weightAndSizeTenToTwentyPercentApartIsValidButWarned() {
        assertFalse(stoneWeighing(1.099).weightSizeDisagrees());
        assertFalse(stoneWeighing(0.901).weightSizeDisagrees());
        assertTrue(stoneWeighing(1.101).weightSizeDisagrees());
        assertTrue(stoneWeighing(0.899).weightSizeDisagrees());
        assertTrue(stoneWeighing(1.199).weightSizeDisagrees());
        assertTrue(stoneWeighing(0.801).weightSizeDisagrees());

        Diamond heavy = new Diamond(1.0, Cut.FAIR, Color.G, Clarity.SI2, 70.2, 58, 6.0, 5.73, 4.13);
        FieldError warning = heavy.weightSizeWarning().orElseThrow();
        assertEquals("carat", warning.field());
        assertEquals("weight 1.00 ct is 15.5 % off the size 6.00 × 5.73 × 4.13 mm, which implies about 0.87 ct"
                + " (more than 10 %): check the weight and x, y, z", warning.message());
    }

    @Test
    void theDisagreementNamesWeightSizesAndTheWeightTheyImply() {
        InvalidDiamondException e = assertThrows(InvalidDiamondException.class,
                () -> new Diamond(5.0, Cut.IDEAL, Color.G, Clarity.VS1, 62.5, 56, 4.0, 4.0, 2.5));
        assertEquals(List.of("carat: weight 5.00 ct disagrees with the size 4.00 × 4.00 × 2.50 mm,"
                + " which implies about 0.24 ct (more than 20 % apart): check the weight and x, y, z"), Said.english(e.errors()));
    }

    @Test
    void weightAndSizeAreComparedOnlyWhenEachIsValid() {
        List<FieldError> zero = Diamond.check(1.0, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 56, 0, 6.44, 3.97);
        assertEquals(List.of("x: zero or negative size (0)"), Said.english(zero));
        List<FieldError> noWeight = Diamond.check(-1, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 56, 6.4, 6.44, 3.97);
        assertEquals(List.of("carat: zero or negative weight (-1)"), Said.english(noWeight));
        List<FieldError> unread = Diamond.check(1.0, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 56, 6.4, Double.NaN, 3.97);
        assertEquals(List.of("y"), unread.stream().map(FieldError::field).toList());
    }

    @Test
    void absurdWeightsAndSizesAreRejected() {
        List<FieldError> huge = Diamond.check(1e308, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 56, 6.4, 6.44, 3.97);
        assertEquals(List.of("carat: implausible weight (1.0E308 ct): at most 1,000 ct (a typo or another unit?)"), Said.english(huge));
        List<FieldError> tooLong = Diamond.check(1.0, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 56, 640, 6.44, 3.97);
        assertEquals(List.of("x: implausible size (640 mm): at most 100 mm (a typo or another unit?)"),
                Said.english(tooLong));
        assertEquals(List.of("carat"), Diamond.check(Diamond.MAX_CARAT + 0.01, Cut.IDEAL, Color.G, Clarity.VS1,
                59.7, 56, 65, 65, 38.8).stream().map(FieldError::field).toList());
        assertEquals(List.of("z"), Diamond.check(1.0, Cut.IDEAL, Color.G, Clarity.VS1, 61.8, 56, 6.4, 6.44,
                Diamond.MAX_SIZE_MM + 0.01).stream().map(FieldError::field).toList());
        // the largest plausible stone is still a stone
        Diamond largest = new Diamond(Diamond.MAX_CARAT, Cut.IDEAL, Color.G, Clarity.VS1, 59.7, 56, 65, 65, 38.8);
        assertFalse(largest.weightSizeDisagrees());
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
        assertEquals(List.of("price: must be a number, got Infinity"), Said.english(infinite.errors()));
        assertThrows(InvalidDiamondException.class, () -> new PricedStone(oneCarat(), Double.NaN));
        InvalidDiamondException absurd = assertThrows(InvalidDiamondException.class,
                () -> new PricedStone(oneCarat(), 1.5e8));
        assertEquals(List.of("price: implausible price (150000000): at most 100,000,000 dollars (a typo or another unit?)"), Said.english(absurd.errors()));
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
