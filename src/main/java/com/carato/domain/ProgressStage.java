package com.carato.domain;

/** What long work (training, model selection, a retrain) is doing, as it reports its progress. */
public enum ProgressStage implements MessageCode {
    /** No argument. */
    LOADING_MODEL("progress.loading-model", "loading the model"),
    /** {0} the data file's name. */
    READING_FILE("progress.reading-file", "reading {0}"),
    /** No argument. */
    READING_CHAMPION_DATA("progress.reading-champion-data", "reading the champion''s data"),
    /** {0} the file's name. */
    VALIDATING_FILE("progress.validating-file", "validating {0}"),
    /** No argument. */
    VALIDATED("progress.validated", "validated"),
    /** {0} folds, {1} boosting rounds so far. */
    CROSS_VALIDATION("progress.cross-validation", "cross-validation, {0} folds: {1} rounds"),
    /** {0} number of trees. */
    FINAL_MODEL("progress.final-model", "final model ({0} trees)"),
    /** No argument. */
    EXPLANATION_TREE("progress.explanation-tree", "explanation tree"),
    /** No argument. */
    TRAINING_DONE("progress.training-done", "done"),
    /** No argument. */
    EVALUATING("progress.evaluating", "evaluating on the held-out stones"),
    /** {0} candidate number, {1} candidates, {2} tree depth, {3} learning rate, {4} objective. */
    CANDIDATE("progress.candidate", "candidate {0} of {1}: depth {2}, eta {3}, {4}"),
    /** {0} outer fold number, {1} outer folds. */
    NESTED_FOLD("progress.nested-fold", "range rules, nested cross-validation: outer fold {0} of {1}"),
    /** No argument. */
    EVALUATING_WINNER("progress.evaluating-winner", "evaluating the winner on the held-out stones"),
    /** {0} number of held-out new stones. */
    COMPARING("progress.comparing", "comparing both models on {0} held-out new stones"),
    /** No argument. */
    SAVING_CHALLENGER("progress.saving-challenger", "saving the data snapshot and the challenger"),
    /** {0} the model id. */
    SAVED("progress.saved", "saved {0}"),
    /** No argument. */
    PROMOTED("progress.promoted", "promoted"),
    /** No argument. */
    KEPT("progress.kept", "kept"),
    /** No argument. */
    CANDIDATE_KEPT("progress.candidate-kept", "candidate");

    private final String code;
    private final String english;

    ProgressStage(String code, String english) {
        this.code = code;
        this.english = english;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String english() {
        return english;
    }
}
