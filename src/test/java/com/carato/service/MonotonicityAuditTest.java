package com.carato.service;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.FieldError;
import com.carato.domain.Said;
import com.carato.domain.OutsideModelException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit's grids and counts, on price functions whose violations are known exactly. */
class MonotonicityAuditTest {

    /** Rises with weight and with every grade. */
    static double monotone(Diamond d) {
        return 4000 * Math.pow(d.carat(), 1.8) * (1 + 0.05 * d.cut().ordinal()) * (1 + 0.07 * d.color().ordinal())
                * (1 + 0.08 * d.clarity().ordinal());
    }

    static MonotonicityAudit.Report audit(ToDoubleFunction<Diamond> price) {
        return new MonotonicityAudit(price).run(MonotonicityAudit.DEFAULT_UP_TO);
    }

    @Test
    void aMonotonePriceHasNoViolationInTheIssuesGrids() {
        MonotonicityAudit.Report r = audit(MonotonicityAuditTest::monotone);
        assertEquals(7_560, r.weightCurve().checks(), "27 curves x 280 steps");
        assertEquals(6_381, r.gradeSteps().checks(), "709 steps x 9 weights");
        assertEquals(2_016, r.cutSteps().checks(), "4 cut steps x 7 colours x 8 clarities x 9 weights");
        assertEquals(2_160, r.colourSteps().checks(), "6 x 5 x 8 x 9");
        assertEquals(2_205, r.claritySteps().checks(), "7 x 5 x 7 x 9");
        assertEquals(4_050, r.beyondData().checks(), "27 curves x 150 steps from 3.00 to 4.50 ct");
        assertEquals(7_560 + 6_381 + 4_050, r.checks());
        assertEquals(0, r.violations());
        assertTrue(r.monotone());
        assertEquals(List.of(), r.worst(5));
        r.grids().forEach(g -> assertEquals(0, g.refused(), g.name()));
        assertEquals("weight 0.20–3.00 ct", r.weightCurve().name());
        assertEquals("beyond the data 3.00–4.50 ct", r.beyondData().name());
    }

    @Test
    void everyWeightIsAnExactHundredthAndEveryStoneHasTheGridsShape() {
        Set<Double> weights = new TreeSet<>();
        List<Diamond> stones = new ArrayList<>();
        new MonotonicityAudit(d -> {
            weights.add(d.carat());
            stones.add(d);
            return monotone(d);
        }).run(4.5);
        Set<Double> expected = new TreeSet<>();
        for (int i = 20; i <= 450; i++) {
            expected.add(i / 100.0);
        }
        assertEquals(expected, weights, "0.20 to 4.50 ct, each exactly i / 100.0 (no accumulated 0.01 sums)");
        for (Diamond d : stones) {
            assertEquals(61.8, d.depth());
            assertEquals(57, d.table());
            double ratio = d.carat() / (d.x() * d.y() * d.z());
            assertEquals(0.0061, ratio, 0.0061 * 0.01, "carat / (x y z) of " + d);
            assertEquals(6.43 / 6.47, d.x() / d.y(), 1e-12);
        }
        Diamond reference = MonotonicityAudit.stone(1.01, Cut.IDEAL, Color.G, Clarity.VS1);
        assertEquals(6.43, reference.x(), 1e-12);
        assertEquals(6.47, reference.y(), 1e-12);
        assertEquals(3.98, reference.z(), 1e-12);
    }

    @Test
    void aPriceThatFallsAboveTwoCaratsViolatesEveryHeavierStep() {
        // rises to 2.00 ct, then loses $10 per hundredth of a carat
        MonotonicityAudit.Report r = audit(d -> d.carat() <= 2.0 ? monotone(d)
                : monotone(MonotonicityAudit.stone(2.0, d.cut(), d.color(), d.clarity())) - 1000 * (d.carat() - 2.0));
        assertEquals(27 * 100, r.weightCurve().violations(), "2.00→2.01 … 2.99→3.00 on 27 curves");
        assertEquals(7_560, r.weightCurve().checks());
        assertEquals(27 * 150, r.beyondData().violations(), "every step beyond 3.00 ct");
        assertEquals(0, r.gradeSteps().violations(), "grades still raise the price");
        assertEquals(6_381, r.gradeSteps().checks());
        assertEquals(27 * 250, r.violations());
        assertFalse(r.monotone());
        MonotonicityAudit.Violation worst = r.weightCurve().worst().get(0);
        assertEquals("weight", worst.check());
        assertEquals(10, worst.drop(), 1e-6, "$10 a hundredth");
        assertEquals(MonotonicityAudit.WORST, r.weightCurve().worst().size());
    }

    @Test
    void aBetterColourPricedLowerIsCountedAsAColourViolationOnly() {
        // D priced below E: every E→D step at every weight, cut and clarity
        MonotonicityAudit.Report r = audit(d -> d.color() == Color.D ? 0.9 * monotone(new Diamond(d.carat(), d.cut(), Color.E, d.clarity(), d.depth(), d.table(), d.x(), d.y(), d.z())) : monotone(d));
        assertEquals(5 * 8 * 9, r.colourSteps().violations(), "5 cuts x 8 clarities x 9 weights");
        assertEquals(0, r.cutSteps().violations());
        assertEquals(0, r.claritySteps().violations());
        assertEquals(360, r.gradeSteps().violations());
        assertEquals(0, r.weightCurve().violations(), "each curve keeps its colour");
        assertEquals(0, r.beyondData().violations());
        MonotonicityAudit.Violation worst = r.worst(1).get(0);
        assertEquals("colour", worst.check());
        assertEquals("2.50 ct Ideal E IF", worst.stone(), "the dearest stone loses the most dollars");
        assertEquals("E", worst.from());
        assertEquals("D", worst.to());
        assertEquals(0.1, worst.relativeDrop(), 1e-9);
    }

    @Test
    void aWorseCutAndClarityCheaperOnlyAtOneWeightAreCountedThere() {
        // at 0.50 ct only: Ideal below Premium and IF below VVS1
        MonotonicityAudit.Report r = audit(d -> {
            double p = monotone(d);
            if (d.carat() == 0.5 && d.cut() == Cut.IDEAL) {
                p *= 0.9;
            }
            if (d.carat() == 0.5 && d.clarity() == Clarity.IF) {
                p *= 0.8;
            }
            return p;
        });
        assertEquals(7 * 8, r.cutSteps().violations(), "Premium→Ideal for 7 colours x 8 clarities");
        assertEquals(5 * 7, r.claritySteps().violations(), "VVS1→IF for 5 cuts x 7 colours");
        assertEquals(0, r.colourSteps().violations());
        assertEquals(9 + 9 - 3, r.weightCurve().violations(), "0.49→0.50 on the Ideal curves and the IF curves"
                + " (3 are both); 0.50→0.51 rises again");
    }

    @Test
    void stonesTheModelRefusesEndTheirCurveAndAreNotViolations() {
        // a model that learnt stones up to 2.80 ct and refuses from 1.5 x that = 4.20 ct on
        double limit = 4.20;
        MonotonicityAudit.Report r = audit(d -> {
            if (d.carat() > limit) {
                throw new OutsideModelException(List.of(Said.error("carat", d.carat()
                        + " ct is heavier than this model's limit of 4.20 ct")), limit);
            }
            return monotone(d);
        });
        assertEquals(27 * 120, r.beyondData().checks(), "3.00→3.01 … 4.19→4.20");
        assertEquals(27 * 30, r.beyondData().refused(), "4.20→4.21 … 4.49→4.50 not checked");
        assertEquals(4.21, r.beyondData().refusedFrom());
        assertEquals(0, r.beyondData().violations());
        assertEquals(7_560, r.weightCurve().checks());
        assertEquals(0, r.weightCurve().refused());
        assertTrue(Double.isNaN(r.weightCurve().refusedFrom()));
        assertTrue(r.monotone());
    }

    @Test
    void aModelThatRefusesLighterStonesCutsTheMainGridsShortToo() {
        MonotonicityAudit.Report r = audit(d -> {
            if (d.carat() > 2.0) {
                throw new OutsideModelException(List.of(Said.error("carat", "too heavy")), 2.0);
            }
            return monotone(d);
        });
        assertEquals(27 * 180, r.weightCurve().checks());
        assertEquals(27 * 100, r.weightCurve().refused());
        assertEquals(709 * 8, r.gradeSteps().checks(), "2.50 ct is refused");
        assertEquals(709, r.gradeSteps().refused());
        assertEquals(0, r.beyondData().checks());
        assertEquals(27 * 150, r.beyondData().refused());
        assertEquals(3.0, r.beyondData().refusedFrom(), "the first stone of each curve");
    }

    @Test
    void theBeyondTheDataCurvesEndWhereAsked() {
        MonotonicityAudit audit = new MonotonicityAudit(MonotonicityAuditTest::monotone);
        assertEquals(27 * 319, audit.beyondData(6.19).checks());
        assertEquals(0, audit.beyondData(3.0).checks());
        assertThrows(IllegalArgumentException.class, () -> audit.beyondData(2.5));
    }

    @Test
    void aPriceThatIsNotANumberIsAnErrorNotAPass() {
        assertThrows(IllegalStateException.class, () -> audit(d -> d.carat() > 1 ? Double.NaN : monotone(d)));
    }
}
