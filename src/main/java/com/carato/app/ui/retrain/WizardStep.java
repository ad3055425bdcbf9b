package com.carato.app.ui.retrain;

/** The pages of the retrain wizard, in order. */
public enum WizardStep {
    /** Choose one or more CSV files of new appraisals. */
    FILES,
    /** What the files hold: counts, rejected rows, drift, problems. */
    VALIDATION,
    /** The challenger is being trained (progress and cancel). */
    TRAINING,
    /** Champion and challenger on the same held-out stones. */
    COMPARISON,
    /** Promote or keep, and the outcome. */
    DECISION
}
