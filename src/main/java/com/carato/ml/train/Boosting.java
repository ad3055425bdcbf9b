package com.carato.ml.train;

import com.carato.ml.Features;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that talks to XGBoost: fits monotone boosted trees on log price with log(carat) as
 * the base margin, and hands the trees over as {@link FlatForest.Tree}s read from XGBoost's JSON
 * model. Nothing else in Carato needs the native library; pricing runs on the flat copy.
 */
final class Boosting {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Boosting() {
    }

    /** Stones as XGBoost's input: row-major features, labels (log price) and margins (log carat). */
    record Matrix(float[] features, float[] labels, float[] margins, int rows) {

        static Matrix of(List<double[]> features, double[] logPrices, double[] logCarats) {
            int p = Features.BOOST_NAMES.size();
            int n = features.size();
            float[] data = new float[n * p];
            float[] labels = new float[n];
            float[] margins = new float[n];
            for (int i = 0; i < n; i++) {
                double[] f = features.get(i);
                for (int j = 0; j < p; j++) {
                    data[i * p + j] = (float) f[j];
                }
                labels[i] = (float) logPrices[i];
                margins[i] = (float) logCarats[i];
            }
            return new Matrix(data, labels, margins, n);
        }

        DMatrix dmatrix() throws XGBoostError {
            DMatrix m = new DMatrix(features, rows, Features.BOOST_NAMES.size(), Float.NaN);
            m.setLabel(labels);
            m.setBaseMargin(margins);
            return m;
        }
    }

    /** XGBoost's parameters for a configuration. */
    static Map<String, Object> params(TrainingConfig c, long seed) {
        Map<String, Object> p = new HashMap<>();
        p.put("objective", c.objective());
        p.put("eta", c.eta());
        p.put("max_depth", c.maxDepth());
        p.put("subsample", c.subsample());
        p.put("colsample_bytree", c.colsample());
        p.put("min_child_weight", c.minChildWeight());
        p.put("lambda", c.lambda());
        p.put("tree_method", "hist");
        p.put("monotone_constraints", Features.monotoneConstraints());
        p.put("seed", seed);
        p.put("nthread", Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        p.put("verbosity", 0);
        return p;
    }

    /** Fits {@code rounds} rounds and returns the flat copy of the trees. */
    static FlatForest fit(Matrix train, TrainingConfig config, int rounds, long seed, TrainingMonitor monitor) {
        try (Run run = new Run(train, config, seed)) {
            run.advance(rounds, monitor);
            return flatten(run.booster, train);
        }
    }

    /** Fits {@code rounds} rounds; the caller disposes the booster (tests compare it with the flat copy). */
    static Booster booster(Matrix train, TrainingConfig config, int rounds, long seed, TrainingMonitor monitor) {
        Run run = new Run(train, config, seed);
        try {
            run.advance(rounds, monitor);
            Booster booster = run.booster;
            run.booster = null;
            return booster;
        } finally {
            run.close();
        }
    }

    /** A booster being trained round by round on its own copy of the data; close it to free native memory. */
    static final class Run implements AutoCloseable {
        private final DMatrix data;
        private Booster booster;
        private int rounds;

        Run(Matrix train, TrainingConfig config, long seed) {
            DMatrix d = null;
            try {
                d = train.dmatrix();
                booster = XGBoost.train(d, params(config, seed), 0, Map.of(), null, null);
                data = d;
                d = null;
            } catch (XGBoostError e) {
                throw new IllegalStateException("gradient boosting failed: " + e.getMessage(), e);
            } finally {
                if (d != null) {
                    d.dispose();
                }
            }
        }

        /** Adds {@code more} rounds, checking for cancellation every 25. */
        void advance(int more, TrainingMonitor monitor) {
            try {
                for (int i = 0; i < more; i++) {
                    if (i % 25 == 0) {
                        monitor.checkCancelled();
                    }
                    booster.update(data, rounds++);
                }
            } catch (XGBoostError e) {
                throw new IllegalStateException("gradient boosting failed: " + e.getMessage(), e);
            }
        }

        int rounds() {
            return rounds;
        }

        /** Log prices predicted for {@code stones} (base margins included) by the rounds so far. */
        float[] predict(DMatrix stones) {
            try {
                float[][] margins = booster.predict(stones, true);
                float[] out = new float[margins.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = margins[i][0];
                }
                return out;
            } catch (XGBoostError e) {
                throw new IllegalStateException("gradient boosting failed: " + e.getMessage(), e);
            }
        }

        FlatForest flatten(Matrix train) {
            return Boosting.flatten(booster, train);
        }

        @Override
        public void close() {
            if (booster != null) {
                booster.dispose();
            }
            data.dispose();
        }
    }

    /**
     * The flat copy of a booster's trees, with the intercept that makes it agree with XGBoost's
     * prediction on the first training stone (XGBoost adds the base margin in place of its base
     * score; anything else it adds shows up here).
     */
    static FlatForest flatten(Booster booster, Matrix train) {
        try {
            List<FlatForest.Tree> trees = trees(booster);
            int p = Features.BOOST_NAMES.size();
            FlatForest withoutIntercept = new FlatForest(trees, 0, p);
            float[][] margin = booster.predict(probe(train), true);
            double[] x = new double[p];
            for (int j = 0; j < p; j++) {
                x[j] = train.features()[j];
            }
            double intercept = margin[0][0] - train.margins()[0] - withoutIntercept.predict(x);
            return new FlatForest(trees, intercept, p);
        } catch (XGBoostError e) {
            throw new IllegalStateException("gradient boosting failed: " + e.getMessage(), e);
        }
    }

    static DMatrix probe(Matrix train) throws XGBoostError {
        int p = Features.BOOST_NAMES.size();
        float[] row = java.util.Arrays.copyOf(train.features(), p);
        DMatrix m = new DMatrix(row, 1, p, Float.NaN);
        m.setBaseMargin(new float[] {train.margins()[0]});
        return m;
    }

    /** The trees of a booster, read from its JSON model (leaf values already include the learning rate). */
    static List<FlatForest.Tree> trees(Booster booster) throws XGBoostError {
        JsonNode root;
        try {
            root = JSON.readTree(booster.toByteArray("json"));
        } catch (IOException e) {
            throw new IllegalStateException("XGBoost's model could not be read: " + e.getMessage(), e);
        }
        JsonNode trees = root.path("learner").path("gradient_booster").path("model").path("trees");
        if (!trees.isArray()) {
            throw new IllegalStateException("XGBoost's model has no trees where expected");
        }
        List<FlatForest.Tree> out = new ArrayList<>();
        for (JsonNode t : trees) {
            int[] left = ints(t.path("left_children"));
            int[] right = ints(t.path("right_children"));
            int[] split = ints(t.path("split_indices"));
            JsonNode conditions = t.path("split_conditions");
            JsonNode hessians = t.path("sum_hessian");
            int n = left.length;
            int[] feature = new int[n];
            float[] threshold = new float[n];
            double[] value = new double[n];
            double[] cover = new double[n];
            for (int i = 0; i < n; i++) {
                boolean leaf = left[i] < 0;
                feature[i] = leaf ? -1 : split[i];
                float c = (float) conditions.get(i).asDouble();
                threshold[i] = leaf ? Float.NaN : c;
                value[i] = leaf ? c : 0;
                cover[i] = hessians.get(i).asDouble();
            }
            out.add(new FlatForest.Tree(feature, threshold, left, right, value, cover));
        }
        return out;
    }

    private static int[] ints(JsonNode array) {
        int[] v = new int[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asInt();
        }
        return v;
    }
}
