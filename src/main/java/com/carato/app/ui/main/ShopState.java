package com.carato.app.ui.main;

import java.time.Instant;

/**
 * What the status bar says about the shop: where the register (and, for a shop database, the
 * model registry) is, whether it answers, what waits to be sent, and which model prices since when.
 *
 * @param shared      true for a shop database shared by workstations, false for this workstation's own
 * @param location    where the register is, for people (never a password)
 * @param reachable   whether the database answered the last check
 * @param waiting     appraisals waiting in this workstation's outbox
 * @param problem     why the database did not answer, or null
 * @param modelId     the model that prices now, or null before one is loaded
 * @param since       since when it is the shop's champion, or null when unknown
 * @param cachedModel true when the model was taken from this workstation's copy (the database away)
 */
public record ShopState(boolean shared, String location, boolean reachable, int waiting, String problem,
                        String modelId, Instant since, boolean cachedModel) {

    /** Before the first check. */
    public static ShopState unknown(boolean shared, String location) {
        return new ShopState(shared, location, true, 0, null, null, null, false);
    }

    public ShopState withCounter(boolean nowReachable, int nowWaiting, String nowProblem) {
        return new ShopState(shared, location, nowReachable, nowWaiting, nowProblem, modelId, since, cachedModel);
    }

    public ShopState withModel(String id, Instant championSince, boolean fromCache) {
        return new ShopState(shared, location, reachable, waiting, problem, id, championSince, fromCache);
    }
}
