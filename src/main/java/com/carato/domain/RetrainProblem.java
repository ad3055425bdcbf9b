package com.carato.domain;

/** Why a retrain cannot train a challenger (the validation step's problems). */
public enum RetrainProblem implements MessageCode {
    /** {0} the file's problem as the reader said it. */
    FILE_NOT_READ("retrain.file-not-read", "not read: {0}"),
    /** No argument. */
    NO_NEW_STONES("retrain.no-new-stones", "no new stones: every accepted row is already in the champion''s data"),
    /** {0} new stones held out, {1} one in how many is held out, {2} held-out stones needed, {3} new stones to give. */
    TOO_FEW_HELD_OUT("retrain.too-few-held-out", "only {0} new stones can be held out to compare the models fairly"
            + " (every {1}th new stone found nowhere else); at least {2} are needed, so give at least {3} new"
            + " distinct stones"),
    /** {0} stones to train on, {1} stones needed. */
    TOO_FEW_TO_TRAIN("retrain.too-few-to-train", "only {0} stones to train on (need at least {1})");

    private final String code;
    private final String english;

    RetrainProblem(String code, String english) {
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
