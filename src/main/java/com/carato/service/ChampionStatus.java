package com.carato.service;

import java.time.Instant;

/**
 * Which model prices on this workstation now, for its status bar.
 *
 * @param modelId   the champion in use (null: none yet: nothing cached and the database away, or no
 *                  model trained)
 * @param since     when it became the champion, from the registry's history; null with no model and
 *                  while the model comes from the cache (the database, which knows, is away)
 * @param fromCache true while the model in use comes from the local cache and the shop database has
 *                  not confirmed it is still the champion
 * @param reachable whether the shop database answered at the last look
 * @param problem   why it did not answer, or why the new champion could not be loaded (null: none)
 */
public record ChampionStatus(String modelId, Instant since, boolean fromCache, boolean reachable, String problem) {
}
