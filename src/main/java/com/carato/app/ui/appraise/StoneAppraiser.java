package com.carato.app.ui.appraise;

import com.carato.domain.Appraisal;
import com.carato.domain.Diamond;
import com.carato.service.Appraiser;

import java.util.Objects;

/**
 * What the appraisal desk asks of the engine: whether a model is ready, and the explained
 * appraisal of one stone. The app passes {@link #of(Appraiser)}. An appraisal may be refused with
 * an {@link com.carato.domain.OutsideModelException} when the stone lies beyond the model's limits.
 */
public interface StoneAppraiser {

    boolean ready();

    Appraisal appraise(Diamond stone);

    /** The engine's appraiser, as the desk uses it. */
    static StoneAppraiser of(Appraiser appraiser) {
        Objects.requireNonNull(appraiser);
        return new StoneAppraiser() {
            @Override
            public boolean ready() {
                return appraiser.ready();
            }

            @Override
            public Appraisal appraise(Diamond stone) {
                return appraiser.appraise(stone);
            }
        };
    }
}
