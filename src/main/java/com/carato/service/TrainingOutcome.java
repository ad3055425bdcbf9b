package com.carato.service;

import com.carato.data.ImportReport;

/**
 * What {@code train} produced.
 *
 * @param model    the new version's summary
 * @param promoted true when it became the champion (the registry had none)
 * @param report   the validation report of the training file
 */
public record TrainingOutcome(ModelSummary model, boolean promoted, ImportReport report) {
}
