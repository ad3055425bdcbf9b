package com.carato.service;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the registry's history: what happened to which model version, when, by whom, why.
 *
 * @param time     when
 * @param action   trained, promoted, kept or rolled-back
 * @param id       the version acted on
 * @param previous the champion before
 * @param actor    who or what
 * @param reason   why, in words
 * @param figures  the numbers behind a decision
 */
public record ModelEvent(Instant time, String action, String id, String previous, String actor, String reason,
                         Map<String, Double> figures) {
}
