package com.carato.service;

import com.carato.domain.Appraisal;
import com.carato.domain.OutsideModelException;

import java.util.function.Supplier;

/**
 * One stone of a batch: its appraisal, or the model's refusal to price it (the stone lies beyond
 * what the model learnt, e.g. heavier than its weight limit). Exactly one of the two is set.
 *
 * @param appraisal the appraisal, or null when refused
 * @param refusal   why the model refused, naming the field and the limit; null when priced
 */
public record AppraisalOutcome(Appraisal appraisal, OutsideModelException refusal) {

    public AppraisalOutcome {
        if ((appraisal == null) == (refusal == null)) {
            throw new IllegalArgumentException("an outcome is either an appraisal or a refusal");
        }
    }

    public static AppraisalOutcome priced(Appraisal appraisal) {
        return new AppraisalOutcome(appraisal, null);
    }

    public static AppraisalOutcome refused(OutsideModelException refusal) {
        return new AppraisalOutcome(null, refusal);
    }

    /** Runs {@code appraise}; a refusal becomes the outcome, any other failure propagates. */
    public static AppraisalOutcome of(Supplier<Appraisal> appraise) {
        try {
            return priced(appraise.get());
        } catch (OutsideModelException e) {
            return refused(e);
        }
    }

    public boolean isPriced() {
        return appraisal != null;
    }
}
