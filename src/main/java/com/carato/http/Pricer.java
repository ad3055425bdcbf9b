package com.carato.http;

import com.carato.domain.Appraisal;
import com.carato.domain.Diamond;
import com.carato.service.AppraisalOutcome;
import com.carato.service.Appraiser;

import java.util.List;

/**
 * What the appraisal handlers ask of the service: the {@link Appraiser} in the server, any model in
 * tests (one that refuses stones beyond a limit, for instance).
 */
interface Pricer {

    /** One stone; throws {@link com.carato.domain.OutsideModelException} when the model refuses it. */
    Appraisal appraise(Diamond stone, boolean explain);

    /** Many stones with one model version: one outcome per stone, in order, a refusal in place of a price. */
    List<AppraisalOutcome> appraiseEach(List<Diamond> stones, boolean explain);

    static Pricer of(Appraiser appraiser) {
        return new Pricer() {
            @Override
            public Appraisal appraise(Diamond stone, boolean explain) {
                return appraiser.appraise(stone, explain);
            }

            @Override
            public List<AppraisalOutcome> appraiseEach(List<Diamond> stones, boolean explain) {
                return appraiser.appraiseEach(stones, explain);
            }
        };
    }
}
