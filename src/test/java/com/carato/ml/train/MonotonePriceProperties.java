package com.carato.ml.train;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, point 1, as a property of the shipped configuration trained on the reference data:
 * over 10,000 random stones inside the data (seeded, so a failure can be replayed), the price never
 * falls when colour, clarity or cut improve by one grade, nor when the weight rises with the sizes
 * scaled with it (cube root). Every violation is collected and shown, not only the first.
 */
class MonotonePriceProperties {

    static final int TRIES = 10_000;

    /** A random stone within the reference data's ranges, its sizes agreeing with its weight. */
    static Diamond randomStone(Random r) {
        double carat = Math.round((0.2 + 2.8 * r.nextDouble()) * 100) / 100.0;
        double depth = Math.round((57 + 9 * r.nextDouble()) * 10) / 10.0;
        double table = Math.round((52 + 11 * r.nextDouble()) * 10) / 10.0;
        double ratio = 0.985 + 0.03 * r.nextDouble();
        double density = 0.0058 + 0.0008 * r.nextDouble();
        return stone(carat, Cut.values()[r.nextInt(Cut.values().length)], Color.values()[r.nextInt(Color.values().length)],
                Clarity.values()[r.nextInt(Clarity.values().length)], depth, table, ratio, density);
    }

    /** x, y, z for a weight, a depth percentage, an outline ratio y/x and a weight per cubic mm. */
    static Diamond stone(double carat, Cut cut, Color color, Clarity clarity, double depth, double table, double ratio,
                         double density) {
        // carat = density * x * y * z, with y = ratio * x and z = depth / 100 * (x + y) / 2
        double zPerX = depth / 100 * (1 + ratio) / 2;
        double x = Math.cbrt(carat / (density * ratio * zPerX));
        return new Diamond(carat, cut, color, clarity, depth, table, x, ratio * x, zPerX * x);
    }

    @Test
    void aBetterGradeNeverLowersThePrice() {
        TrainedModel model = ReferenceModel.trained().model();
        Random r = new Random(20261201L);
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            Diamond d = randomStone(r);
            double price = model.price(d);
            if (d.cut().ordinal() < Cut.values().length - 1) {
                check(violations, "cut", d, price, model.price(grades(d, Cut.values()[d.cut().ordinal() + 1],
                        d.color(), d.clarity())));
            }
            if (d.color().ordinal() < Color.values().length - 1) {
                check(violations, "colour", d, price, model.price(grades(d, d.cut(),
                        Color.values()[d.color().ordinal() + 1], d.clarity())));
            }
            if (d.clarity().ordinal() < Clarity.values().length - 1) {
                check(violations, "clarity", d, price, model.price(grades(d, d.cut(), d.color(),
                        Clarity.values()[d.clarity().ordinal() + 1])));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void aHeavierStoneOfTheSameShapeNeverCostsLess() {
        TrainedModel model = ReferenceModel.trained().model();
        Random r = new Random(20261202L);
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            Diamond d = randomStone(r);
            // small steps (where a jump would hide) and large ones, up to the heaviest stone in the data
            double growth = i % 2 == 0 ? 0.0001 + 0.05 * r.nextDouble() : 0.05 + r.nextDouble();
            double factor = Math.min(1 + growth, 3.0 / d.carat());
            double s = Math.cbrt(factor);
            Diamond heavier = new Diamond(d.carat() * factor, d.cut(), d.color(), d.clarity(), d.depth(), d.table(),
                    d.x() * s, d.y() * s, d.z() * s);
            check(violations, "weight " + heavier.carat(), d, model.price(d), model.price(heavier));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theAuditGridsOfTheIssueFindNoViolationUpToTheWeightLimit() {
        TrainedModel model = ReferenceModel.trained().model();
        com.carato.service.MonotonicityAudit.Report report = new com.carato.service.MonotonicityAudit(model::price)
                .run(Math.max(3.0, model.maxCarat()));
        assertEquals(7_560, report.weightCurve().checks());
        assertEquals(6_381, report.gradeSteps().checks());
        assertEquals(0, report.violations(), () -> "violations: " + report.worst(10));
        // the limit is 1.5 x the heaviest training stone: the whole beyond-the-data curve is priced
        assertEquals(0, report.beyondData().refused(), "refused below the limit");
        assertTrue(report.beyondData().checks() > 27 * 100, "the beyond-the-data curves reach past 4 ct");
    }

    private static void check(List<String> violations, String what, Diamond d, double price, double better) {
        if (better < price) {
            violations.add(what + ": " + d + " $" + price + " -> $" + better);
        }
    }

    private static Diamond grades(Diamond d, Cut cut, Color color, Clarity clarity) {
        return new Diamond(d.carat(), cut, color, clarity, d.depth(), d.table(), d.x(), d.y(), d.z());
    }
}
