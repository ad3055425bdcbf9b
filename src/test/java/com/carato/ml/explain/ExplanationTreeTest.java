package com.carato.ml.explain;

import com.carato.domain.DecisionPath;
import com.carato.domain.PathStep;
import com.carato.domain.PricedStone;
import com.carato.ml.Features;
import com.carato.ml.SyntheticStones;
import com.carato.ml.StoneTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import smile.math.MathEx;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplanationTreeTest {

    static List<PricedStone> stones;
    static ExplanationTree tree;

    @BeforeAll
    static void fit() {
        stones = SyntheticStones.generate(500, 9);
        MathEx.setSeed(1);
        tree = ExplanationTree.fit(stones.stream().map(PricedStone::diamond).toList(),
                stones.stream().mapToDouble(PricedStone::price).toArray(), new StoneTable(stones), 5, 24, 10);
    }

    @Test
    void theLeafReachedIsTheTreesOwnPrediction() {
        for (PricedStone stone : stones) {
            DecisionPath path = tree.path(stone.diamond());
            assertEquals(tree.predict(stone.diamond()), path.leafPrice(), 1e-9);
            assertTrue(path.leafSize() > 0, "a training stone's leaf holds training stones");
            assertTrue(path.leafLow() <= path.leafPrice() && path.leafPrice() <= path.leafHigh(),
                    "the leaf's price lies within its stones' prices");
        }
    }

    @Test
    void leafCountsAddUpToTheTrainingStones() {
        java.util.Map<Double, Integer> seen = new java.util.HashMap<>();
        int total = 0;
        for (PricedStone stone : stones) {
            DecisionPath path = tree.path(stone.diamond());
            if (seen.putIfAbsent(path.leafPrice(), path.leafSize()) == null) {
                total += path.leafSize();
            }
        }
        assertEquals(stones.size(), total);
    }

    @Test
    void pathsSpeakGradingLanguage() {
        Pattern code = Pattern.compile("x\\d|<=|>|\\bnull\\b|NaN|Infinity");
        for (PricedStone stone : stones.subList(0, 100)) {
            DecisionPath path = tree.path(stone.diamond());
            assertFalse(path.steps().isEmpty());
            for (PathStep step : path.steps()) {
                assertFalse(code.matcher(step.condition()).find(), "not grading language: " + step.condition());
                assertTrue(Features.TREE_NAMES.contains(step.characteristic()));
            }
            assertEquals(path.steps().size(), path.steps().stream().map(PathStep::characteristic).distinct().count(),
                    "each characteristic appears once on a path");
        }
    }

    @Test
    void conditionsReadLikeAGrader() {
        assertEquals("weight 1.00 ct or more", ExplanationTree.describe(Features.CARAT, 0.995, Double.POSITIVE_INFINITY));
        assertEquals("weight below 1.00 ct", ExplanationTree.describe(Features.CARAT, Double.NEGATIVE_INFINITY, 0.995));
        assertEquals("weight 0.70 to below 1.00 ct", ExplanationTree.describe(Features.CARAT, 0.695, 0.995));
        assertEquals("clarity VS1 or better", ExplanationTree.describe(Features.CLARITY, 3.5, Double.POSITIVE_INFINITY));
        assertEquals("clarity VS2 or worse", ExplanationTree.describe(Features.CLARITY, Double.NEGATIVE_INFINITY, 3.5));
        assertEquals("clarity SI1 to VS2", ExplanationTree.describe(Features.CLARITY, 1.5, 3.5));
        assertEquals("colour D", ExplanationTree.describe(Features.COLOR, 5.5, Double.POSITIVE_INFINITY));
        assertEquals("cut Very Good or better", ExplanationTree.describe(Features.CUT, 1.5, Double.POSITIVE_INFINITY));
        assertEquals("depth 61.55 % or less", ExplanationTree.describe(4, Double.NEGATIVE_INFINITY, 61.55));
        assertEquals("length above 6.45 mm", ExplanationTree.describe(6, 6.45, Double.POSITIVE_INFINITY));
    }
}
