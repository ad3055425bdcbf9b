package com.carato.register;

import com.carato.domain.Appraisal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An appraisal handed to a client, about to be recorded exactly as it was shown.
 *
 * @param key         idempotency key: recording the same key twice yields the first entry (an
 *                    outbox may resend after a lost answer)
 * @param at          when it was shown (kept to the microsecond, as both databases store it)
 * @param workstation the counter that priced it
 * @param salesperson who priced it
 * @param client      the client's reference, or null
 * @param language    the language it was shown in (the sheet is reprinted in it)
 * @param sheetNumber the printed sheet's number, or null when none was printed
 * @param appraisal   price, range, warnings, explanation and model id, as shown
 */
public record NewEntry(UUID key, Instant at, String workstation, String salesperson, String client,
                       Locale language, String sheetNumber, Appraisal appraisal) {

    /** Longest workstation, salesperson and client texts the register keeps. */
    public static final int MAX_TEXT = 200;

    public NewEntry {
        Objects.requireNonNull(key, "key");
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(appraisal, "appraisal");
        workstation = required("workstation", workstation);
        salesperson = required("salesperson", salesperson);
        client = optional("client", client);
        sheetNumber = optional("sheetNumber", sheetNumber);
        if (!(appraisal.price() > 0) || !Double.isFinite(appraisal.price())) {
            throw new RegisterException(RegisterException.Problem.BAD_INPUT,
                    "appraisal: price must be a positive amount, got " + appraisal.price());
        }
    }

    /** A new entry with a fresh key, shown now. */
    public static NewEntry of(String workstation, String salesperson, String client, Locale language,
                              String sheetNumber, Appraisal appraisal) {
        return new NewEntry(UUID.randomUUID(), Instant.now(), workstation, salesperson, client, language,
                sheetNumber, appraisal);
    }

    public Optional<String> clientReference() {
        return Optional.ofNullable(client);
    }

    private static String required(String field, String value) {
        String v = optional(field, value);
        if (v == null) {
            throw new RegisterException(RegisterException.Problem.BAD_INPUT, field + ": must not be empty");
        }
        return v;
    }

    private static String optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw new RegisterException(RegisterException.Problem.BAD_INPUT,
                    field + ": at most " + MAX_TEXT + " characters, got " + v.length());
        }
        return v;
    }
}
