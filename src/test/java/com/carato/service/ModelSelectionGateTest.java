package com.carato.service;

import com.carato.domain.Metrics;
import com.carato.ml.explain.RangeRule;
import com.carato.ml.train.Evaluation;
import com.carato.ml.train.TrainingConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The range rule's one held-out gate in {@code carato select}: adopt the chosen rule, or keep the shipped one. */
class ModelSelectionGateTest {

    private static final RangeRule SHIPPED = RangeRule.LEGACY;
    private static final RangeRule CHOSEN = new RangeRule(RangeRule.Shape.SYMMETRIC, 0.5);

    /** The held-out stones of {@link RangeSelectionTest#heldOut}: 1.5–2 ct covered by {@code bigInside} of 40. */
    private static Evaluation holdout(int bigInside) {
        return RangeSelectionTest.heldOut(bigInside, 160);
    }

    private static ModelSelection.Outcome outcome(Evaluation holdout, Evaluation kept) {
        Metrics cv = Metrics.of(new double[] {100, 200}, new double[] {110, 190});
        ModelSelection.Row row = new ModelSelection.Row(TrainingConfig.defaults(), 300, cv, 1000);
        RangeSelection.RuleRow chosen = new RangeSelection.RuleRow(CHOSEN, 0.905, Map.of(), 0.30, 19, 20, 0.84);
        RangeSelection.RuleRow shipped = new RangeSelection.RuleRow(SHIPPED, 0.914, Map.of(), 0.314, 19, 20, 0.84);
        RangeSelection.Outcome ranges = new RangeSelection.Outcome(List.of(chosen, shipped), chosen, 0.9, 3988, 4, 20);
        return new ModelSelection.Outcome(List.of(row), row, ranges, SHIPPED, holdout, kept, 3988, 998);
    }

    @Test
    void aChosenRuleThatMissesTheAcceptanceOnTheHeldOutStonesIsNotAdopted() {
        Evaluation missed = holdout(32); // 1.5–2 ct: 32 of 40 = 80 %
        assertTrue(ModelSelection.keepsIncumbent(CHOSEN, SHIPPED, missed));
        String md = outcome(missed, holdout(40)).markdown();
        assertTrue(md.contains("The range rule symmetric + 0.5 SE fails the acceptance on the held-out stones"
                + " (1.5–2 ct 80.0 % < 85 %), so it is not adopted: the shipped rule equal tails + 1.0 SE stays"), md);
    }

    @Test
    void aChosenRuleThatMeetsItReplacesTheShippedOne() {
        Evaluation met = holdout(35); // 87.5 %
        assertFalse(ModelSelection.keepsIncumbent(CHOSEN, SHIPPED, met));
        ModelSelection.Outcome outcome = outcome(met, null);
        assertTrue(outcome.markdown().contains("The range rule symmetric + 0.5 SE meets the acceptance on the held-out"
                + " stones and replaces equal tails + 1.0 SE."), outcome.markdown());
    }

    @Test
    void theShippedRuleChosenAgainNeedsNoGate() {
        assertFalse(ModelSelection.keepsIncumbent(SHIPPED, SHIPPED, holdout(20)));
    }
}
