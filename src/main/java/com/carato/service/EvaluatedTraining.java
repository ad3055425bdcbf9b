package com.carato.service;

import com.carato.data.Fingerprint;
import com.carato.domain.PricedStone;
import com.carato.ml.train.Evaluation;
import com.carato.ml.train.Trainer;
import com.carato.ml.train.TrainingConfig;

import java.util.List;
import java.util.Map;

/**
 * How train and retrain make a model they can vouch for: the configuration is first trained on the
 * training stones and evaluated on the held-out ones (the published figures), then the model that is
 * shipped is trained with the same configuration on <em>every</em> accepted stone, held-out ones
 * included, so that no appraised stone is wasted. Its price ranges are calibrated from its own
 * out-of-fold residuals.
 *
 * @param holdout   the figures of the evaluated model on the held-out stones
 * @param evaluated the model trained without the held-out stones (not shipped)
 * @param shipped   the model trained on every stone: the one saved in the bundle
 * @param trainSize stones the evaluated model learnt from
 * @param allSize   stones the shipped model learnt from
 * @param scored    the held-out stones the evaluated model priced (it refuses any beyond its weight limits)
 */
record EvaluatedTraining(Evaluation holdout, Trainer.Result evaluated, Trainer.Result shipped, int trainSize,
                         int allSize, List<PricedStone> scored) {

    /** The file in a bundle with the evaluated model's predictions of the held-out stones. */
    static final String PREDICTIONS_FILE = "evaluation-predictions.csv";

    static EvaluatedTraining run(TrainingConfig config, List<PricedStone> train, List<PricedStone> heldOut,
                                 List<PricedStone> all, Progress progress) {
        Trainer trainer = new Trainer();
        Trainer.Result evaluated = trainer.train(train, config,
                ModelService.monitor(Progresses.scaled(progress, 0, 0.45)));
        progress.update(com.carato.domain.ProgressStage.EVALUATING.with(), 0.45);
        Evaluation holdout = Evaluation.of(evaluated.model(), heldOut);
        Trainer.Result shipped = trainer.train(all, config, ModelService.monitor(Progresses.scaled(progress, 0.45, 0.9)));
        List<PricedStone> scored = heldOut.stream().filter(s -> evaluated.model().prices(s.diamond())).toList();
        return new EvaluatedTraining(holdout, evaluated, shipped, train.size(), all.size(), scored);
    }

    /** "evaluated on 998 held-out stones with a model trained on 3,990; this model trained on 4,988". */
    String method(String heldOutWhat) {
        String refused = holdout.refused() == 0 ? "" : String.format(java.util.Locale.ROOT,
                " (%,d more beyond its weight limits, not priced)", holdout.refused());
        return String.format(java.util.Locale.ROOT, "evaluated on %,d %s%s with a model trained on %,d; this model"
                + " trained on %,d", holdout.actual().length, heldOutWhat, refused, trainSize, allSize);
    }

    /**
     * The files that travel in the bundle so that its report can be redrawn: the held-out stones that
     * were priced and the evaluated model's predictions of them, line for line.
     */
    Map<String, byte[]> files() {
        return Map.of(ModelService.EVALUATION_FILE, Fingerprint.canonicalCsv(scored), PREDICTIONS_FILE,
                holdout.predictionsCsv());
    }
}
