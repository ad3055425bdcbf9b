package com.carato.domain;

/**
 * Why a model version's history entry happened (the registry's "why" column): kept as codes with
 * arguments in the log, so that each interface shows the history in its own language. A decision
 * of the promotion rule adds the rule's {@link VerdictReason}s after these.
 */
public enum HistoryReason implements MessageCode {
    /** No argument: a bundle was trained and saved. */
    TRAINED("history.trained", "trained"),
    /** No argument: the first model of an empty registry became champion. */
    FIRST_MODEL("history.first-model", "first model of this registry"),
    /** No argument: an earlier champion came back. */
    ROLLED_BACK("history.rolled-back", "rollback"),
    /** {0} who promoted. */
    PROMOTED_BY("history.promoted-by", "promoted by {0}"),
    /** {0} who kept the champion. */
    KEPT_BY("history.kept-by", "kept by {0}"),
    /** No argument: the promotion rule's verdict was to promote (its checks follow). */
    RULE_PROMOTE("history.rule-promote", "the rule says promote"),
    /** No argument: the promotion rule's verdict was to keep the champion (its checks follow). */
    RULE_KEEP("history.rule-keep", "the rule says keep the champion"),
    /** {0} the challenger's id, {1} the registry: passed the rule, left for a person to promote. */
    CANDIDATE("history.candidate", "candidate, not promoted automatically; promote it with: "
            + "carato models promote {0} --models {1}"),
    /** {0} a person's note, as typed. */
    NOTE("history.note", "note: {0}");

    private final String code;
    private final String english;

    HistoryReason(String code, String english) {
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
