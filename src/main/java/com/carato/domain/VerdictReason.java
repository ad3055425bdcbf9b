package com.carato.domain;

/** Each check of the promotion rule and its outcome. */
public enum VerdictReason implements MessageCode {
    /** {0} champion MAPE, {1} challenger MAPE, {2} change in points, {3} allowed increase. */
    MAPE_OK("verdict.mape-ok",
            "MAPE {0,number,0.00} % -> {1,number,0.00} % ({2,number,+0.00;-0.00} point, limit +{3,number,0.00}): ok"),
    /** As {@link #MAPE_OK}. */
    MAPE_TOO_WORSE("verdict.mape-too-worse", "MAPE {0,number,0.00} % -> {1,number,0.00} % ({2,number,+0.00;-0.00}"
            + " point, limit +{3,number,0.00}): too much worse"),
    /** {0} band, {1} held-out stones in it, {2} champion MAPE, {3} challenger MAPE, {4} change, {5} allowed increase. */
    BAND_TOO_WORSE("verdict.band-too-worse", "band {0} ({1} stones) MAPE {2,number,0.00} % -> {3,number,0.00} %"
            + " ({4,number,+0.00;-0.00} point, limit +{5,number,0.00}): too much worse"),
    /** {0} allowed increase per band. */
    NO_BAND_WORSE("verdict.no-band-worse", "no judged carat band worsens by more than {0,number,0.00} point");

    private final String code;
    private final String english;

    VerdictReason(String code, String english) {
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
