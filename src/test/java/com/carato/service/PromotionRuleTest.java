package com.carato.service;

import com.carato.domain.Metrics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromotionRuleTest {

    static Metrics mape(int count, double mape) {
        return new Metrics(count, 100, 150, mape, 0.98, mape);
    }

    final PromotionRule rule = PromotionRule.defaults();

    @Test
    void aSlightlyWorseChallengerIsStillPromotedWithinTheMargin() {
        Verdict v = rule.judge(mape(100, 7.00), mape(100, 7.10), List.of(new BandComparison("< 0.5 ct", mape(60, 6), mape(60, 6.9))));
        assertTrue(v.promote(), v.summary());
        assertTrue(v.reasons().get(0).english().startsWith("MAPE 7.00 % -> 7.10 % (+0.10 point, limit +0.10): ok"), v.summary());
    }

    @Test
    void overallTooMuchWorseIsKept() {
        Verdict v = rule.judge(mape(100, 7.00), mape(100, 7.11), List.of());
        assertFalse(v.promote(), v.summary());
    }

    @Test
    void aJudgedBandDegradingMoreThanOnePointKeepsTheChampionButASmallBandIsNotJudged() {
        List<BandComparison> bands = List.of(new BandComparison("< 0.5 ct", mape(60, 6), mape(60, 5)),
                new BandComparison("1–1.5 ct", mape(30, 8), mape(30, 9.2)),
                new BandComparison("≥ 2 ct", mape(5, 8), mape(5, 20)));
        Verdict v = rule.judge(mape(100, 7.0), mape(100, 6.5), bands);
        assertFalse(v.promote());
        assertEquals(2, v.reasons().size(), v.summary());
        assertTrue(v.reasons().get(1).english().startsWith("band 1–1.5 ct (30 stones) MAPE 8.00 % -> 9.20 % (+1.20 point"), v.summary());

        Verdict lenient = new PromotionRule(0.1, 1.0, 31, 10).judge(mape(100, 7.0), mape(100, 6.5), bands);
        assertTrue(lenient.promote(), "bands under 31 stones are not judged: " + lenient.summary());
    }
}
