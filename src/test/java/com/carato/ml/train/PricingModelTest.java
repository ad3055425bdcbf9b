package com.carato.ml.train;

import com.carato.domain.Appraisal;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.OutsideModelException;
import com.carato.domain.Contribution;
import com.carato.domain.Diamond;
import com.carato.domain.Metrics;
import com.carato.domain.ModelRef;
import com.carato.domain.PricedStone;
import com.carato.ml.Features;
import com.carato.ml.SyntheticStones;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trained engine on a synthetic fixture: accuracy sanity, exact SHAP, additivity, determinism. */
class PricingModelTest {

    static List<PricedStone> stones;
    static Trainer.Result result;
    static final ModelRef REF = new ModelRef("test", Instant.EPOCH);

    @BeforeAll
    static void train() {
        stones = SyntheticStones.generate(600, 42);
        result = new Trainer().train(stones, TrainingConfig.quick(), TrainingMonitor.NONE);
    }

    @Test
    void learnsTheSyntheticPriceLaw() {
        List<PricedStone> unseen = SyntheticStones.generate(200, 43);
        double[] actual = unseen.stream().mapToDouble(PricedStone::price).toArray();
        double[] predicted = unseen.stream().mapToDouble(s -> result.model().price(s.diamond())).toArray();
        Metrics m = Metrics.of(actual, predicted);
        // the noise alone is 8 % (log-normal), so a sound model lands near it, a broken one far off
        assertTrue(m.mape() < 12, "MAPE on unseen synthetic stones: " + m);
        assertTrue(m.r2() > 0.9, "R2 " + m);
        assertTrue(result.trees() >= 1 && result.trees() <= TrainingConfig.quick().maxRounds());
    }

    @Test
    void flatForestAgreesWithXGBoost() throws Exception {
        List<PricedStone> sample = stones.subList(0, 100);
        List<double[]> features = sample.stream().map(st -> Features.boost(st.diamond())).toList();
        Boosting.Matrix matrix = Boosting.Matrix.of(features,
                sample.stream().mapToDouble(st -> Math.log(st.price())).toArray(),
                sample.stream().mapToDouble(st -> Math.log(st.diamond().carat())).toArray());
        Booster booster = Boosting.booster(Boosting.Matrix.of(
                stones.stream().map(st -> Features.boost(st.diamond())).toList(),
                stones.stream().mapToDouble(st -> Math.log(st.price())).toArray(),
                stones.stream().mapToDouble(st -> Math.log(st.diamond().carat())).toArray()),
                TrainingConfig.quick(), 120, 7L, TrainingMonitor.NONE);
        DMatrix rows = matrix.dmatrix();
        try {
            FlatForest forest = Boosting.flatten(booster, matrix);
            assertEquals(120, forest.trees());
            float[][] margins = booster.predict(rows, true);
            float[][] contributions = booster.predictContrib(rows, 0);
            for (int i = 0; i < sample.size(); i++) {
                double[] x = features.get(i);
                double logCarat = matrix.margins()[i];
                // XGBoost sums in 32-bit floats: agreement to float precision
                assertEquals(margins[i][0], logCarat + forest.predict(x), 2e-5, "prediction of stone " + i);
                double[] flat = forest.shap(x);
                for (int j = 0; j < flat.length; j++) {
                    assertEquals(contributions[i][j], flat[j], 2e-5, "SHAP of " + Features.BOOST_NAMES.get(j));
                }
                double sum = forest.expected();
                for (double v : flat) {
                    sum += v;
                }
                assertEquals(forest.predict(x), sum, 1e-9, "TreeSHAP local accuracy for stone " + i);
            }
        } finally {
            rows.dispose();
            booster.dispose();
        }
    }

    @Test
    void paddedLayoutPredictsLikeTheTreesItCopies() {
        // one tree: carat < 1 ? (cut < 2 ? 1 : 2) : 3, a leaf above the bottom level on the right
        FlatForest.Tree tree = new FlatForest.Tree(new int[] {0, 1, -1, -1, -1}, new float[] {1f, 2f, 0, 0, 0},
                new int[] {1, 3, -1, -1, -1}, new int[] {2, 4, -1, -1, -1}, new double[] {0, 0, 3, 1, 2},
                new double[] {10, 6, 4, 3, 3});
        FlatForest forest = new FlatForest(List.of(tree), 0.5, Features.BOOST_NAMES.size());
        double[] x = new double[Features.BOOST_NAMES.size()];
        x[0] = 0.5;
        x[1] = 1;
        assertEquals(1.5, forest.predict(x), 0.0);
        x[1] = 2;
        assertEquals(2.5, forest.predict(x), 0.0, "equal to the threshold goes right, as in XGBoost");
        x[0] = 1;
        assertEquals(3.5, forest.predict(x), 0.0);
        assertEquals(2, forest.depth());
        // expected value weighs the leaves by cover: (3*1 + 3*2 + 4*3) / 10
        assertEquals(0.5 + 2.1, forest.expected(), 1e-12);
    }

    @Test
    void dollarContributionsAddUpToThePrice() {
        for (PricedStone stone : stones.subList(0, 200)) {
            Appraisal a = result.model().appraise(stone.diamond(), REF);
            assertEquals(a.price(), a.contributionTotal(), 1.0, "baseline + contributions must equal the price");
            assertEquals(result.model().price(stone.diamond()), a.price(), a.price() * 1e-9,
                    "the explained price is the model's price");
            assertEquals(Features.CHARACTERISTICS,
                    a.contributions().stream().map(Contribution::characteristic).toList());
        }
    }

    @Test
    void heavierStonesGetPositiveCaratContribution() {
        Diamond small = stones.stream().map(PricedStone::diamond).filter(d -> d.carat() < 0.3).findFirst().orElseThrow();
        Diamond big = stones.stream().map(PricedStone::diamond).filter(d -> d.carat() > 1.5).findFirst().orElseThrow();
        double smallCarat = result.model().appraise(small, REF).contributions().get(Features.CARAT).dollars();
        double bigCarat = result.model().appraise(big, REF).contributions().get(Features.CARAT).dollars();
        assertTrue(smallCarat < 0, "a small stone's weight lowers its price: " + smallCarat);
        assertTrue(bigCarat > 0, "a big stone's weight raises its price: " + bigCarat);
    }

    @Test
    void anEvaluationCountsTheStonesBeyondTheWeightLimitInsteadOfFailing() {
        TrainedModel model = result.model();
        double s = Math.cbrt(model.maxCarat() * 1.1 / 1.01);
        Diamond beyond = new Diamond(Math.round(model.maxCarat() * 110) / 100.0, Cut.IDEAL, Color.G, Clarity.VS1, 61.8,
                57, 6.43 * s, 6.47 * s, 3.98 * s);
        assertFalse(model.prices(beyond));
        assertThrows(OutsideModelException.class, () -> model.price(beyond));
        List<PricedStone> mixed = List.of(stones.get(0), new PricedStone(beyond, 90_000), stones.get(1));
        Evaluation e = Evaluation.of(model, mixed);
        assertEquals(1, e.refused());
        assertEquals(2, e.actual().length, "the two stones within the limits are scored");
        assertEquals(stones.get(1).price(), e.actual()[1]);
    }

    @Test
    void sameDataAndSeedGiveTheSameModel() {
        Trainer.Result again = new Trainer().train(stones, TrainingConfig.quick(), TrainingMonitor.NONE);
        assertEquals(result.trees(), again.trees());
        double[] first = stones.stream().mapToDouble(s -> result.model().price(s.diamond())).toArray();
        double[] second = stones.stream().mapToDouble(s -> again.model().price(s.diamond())).toArray();
        assertArrayEquals(first, second, 0.0);
    }

    @Test
    void cancellationStopsTraining() {
        TrainingMonitor cancelled = new TrainingMonitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> new Trainer().train(stones, TrainingConfig.quick(), cancelled));
    }
}
