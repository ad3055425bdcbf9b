package com.carato.service;

import com.carato.domain.Message;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entry of the registry's history: what happened to which model version, when, by whom, why.
 *
 * @param time     when
 * @param action   trained, promoted, kept or rolled-back
 * @param id       the version acted on
 * @param previous the champion before
 * @param actor    who or what
 * @param reason   why, in English words (the command line's text)
 * @param figures  the numbers behind a decision
 * @param said     why, as engine-text codes for showing in the user's language (empty for entries
 *                 written before the codes existed: show {@code reason} then)
 */
public record ModelEvent(Instant time, String action, String id, String previous, String actor, String reason,
                         Map<String, Double> figures, List<Message> said) {

    public ModelEvent {
        said = said == null ? List.of() : List.copyOf(said);
    }
}
