package com.carato.app.ui.appraise;

import com.carato.domain.Appraisal;
import com.carato.register.Receipt;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps an appraisal handed to a client in the shop's register (the app records through the
 * workstation's counter register: the database, or the outbox while it cannot be reached). Called
 * off the UI thread.
 */
@FunctionalInterface
public interface AppraisalRecorder {

    /** No register (tests, previews): nothing is recorded. */
    AppraisalRecorder NONE = (appraisal, at, client, language, sheetNumber) -> Optional.empty();

    /**
     * Records the appraisal as it was shown.
     *
     * @param at          when it was given (the date its sheet carries, on the day and reprinted)
     * @param client      the client's reference, or blank
     * @param language    the language it was shown in (its sheet is reprinted in it)
     * @param sheetNumber the number its sheet carries
     * @return where the entry is (its register number, or waiting in the outbox); empty when no
     *         register keeps appraisals
     * @throws RuntimeException when it could not be kept anywhere (the cause says why)
     */
    Optional<Receipt> record(Appraisal appraisal, Instant at, String client, Locale language, String sheetNumber);
}
