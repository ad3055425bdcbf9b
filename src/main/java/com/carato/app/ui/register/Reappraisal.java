package com.carato.app.ui.register;

import com.carato.domain.Appraisal;
import com.carato.domain.FieldError;

import java.util.List;
import java.util.Objects;

/**
 * A register entry's stone appraised again with today's model, beside what the client was told.
 *
 * @param then    the appraisal as recorded
 * @param now     today's appraisal, or null when today's model refuses the stone
 * @param refusal why today's model refuses it (empty when it prices it)
 */
public record Reappraisal(Appraisal then, Appraisal now, List<FieldError> refusal) {

    public Reappraisal {
        Objects.requireNonNull(then, "then");
        refusal = List.copyOf(refusal);
        if ((now == null) == refusal.isEmpty()) {
            throw new IllegalArgumentException("either today's appraisal or a refusal");
        }
    }

    public static Reappraisal priced(Appraisal then, Appraisal now) {
        return new Reappraisal(then, Objects.requireNonNull(now, "now"), List.of());
    }

    public static Reappraisal refused(Appraisal then, List<FieldError> why) {
        return new Reappraisal(then, null, why);
    }

    public boolean isRefused() {
        return now == null;
    }

    /** Today's price minus the recorded one, USD. */
    public double difference() {
        return now.price() - then.price();
    }

    /** The difference as a fraction of the recorded price (0.05 for 5 %). */
    public double change() {
        return difference() / then.price();
    }
}
