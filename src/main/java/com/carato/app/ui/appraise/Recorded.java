package com.carato.app.ui.appraise;

import com.carato.app.sheet.SheetId;
import com.carato.domain.Appraisal;
import com.carato.register.Receipt;

import java.time.Instant;
import java.util.Optional;

/**
 * An appraisal of the desk as it was kept: when, the sheet number it was given and where the
 * register keeps it.
 *
 * @param at      when it was given: the date on its sheet, the day it was printed and when reprinted
 * @param receipt the register's receipt; empty when no register keeps appraisals
 */
public record Recorded(Appraisal appraisal, Instant at, String sheetNumber, Optional<Receipt> receipt) {

    /** The same appraisal with a newer receipt (an entry sent from the outbox, now numbered). */
    public Recorded withReceipt(Receipt newer) {
        return new Recorded(appraisal, at, sheetNumber, Optional.of(newer));
    }

    /** Whether the register keeps it under this key. */
    public boolean isKeptAs(java.util.UUID key) {
        return receipt.map(r -> r.key().equals(key)).orElse(false);
    }

    /** The sheet's number and, once the register has numbered the entry, its register number. */
    public SheetId sheetId() {
        return receipt.filter(r -> !r.pending())
                .map(r -> SheetId.of(sheetNumber, r.number().getAsLong()))
                .orElseGet(() -> SheetId.of(sheetNumber));
    }
}
