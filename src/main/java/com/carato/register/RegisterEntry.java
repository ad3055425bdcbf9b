package com.carato.register;

import com.carato.domain.Appraisal;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One recorded appraisal: what the client was told, never recomputed.
 *
 * @param number   the register number, unique, increasing in recording order (gaps possible: a
 *                 number taken by a write that failed is not reused)
 * @param voiding  set when the entry was voided; the entry stays listed
 */
public record RegisterEntry(long number, UUID key, Instant at, String workstation, String salesperson,
                            String client, Locale language, String sheetNumber, Appraisal appraisal,
                            Voiding voiding) {
    public RegisterEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(appraisal, "appraisal");
    }

    public boolean voided() {
        return voiding != null;
    }

    public Optional<String> clientReference() {
        return Optional.ofNullable(client);
    }

    public String modelId() {
        return appraisal.model().id();
    }
}
