package com.carato.app.ui.appraise;

import com.carato.domain.Appraisal;

import java.time.Instant;

/**
 * One appraisal of this session, for the history list.
 *
 * @param time      when it was made
 * @param appraisal the result (the stone is inside)
 * @param recorded  how the register keeps it, or null when it could not be recorded
 */
public record HistoryEntry(Instant time, Appraisal appraisal, Recorded recorded) {
}
