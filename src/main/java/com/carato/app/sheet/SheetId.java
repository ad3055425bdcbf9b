package com.carato.app.sheet;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What identifies a printed sheet: its sheet number (unique per workstation and day, e.g.
 * "CA-20261202-003") and, once the appraisal is in the shop's register, its register number, by
 * which the shop finds it again when the client comes back.
 *
 * @param sheetNumber    the sheet's number
 * @param registerNumber the register entry's number; empty while the entry waits in the outbox (or
 *                       when no register keeps it)
 */
public record SheetId(String sheetNumber, OptionalLong registerNumber) {

    public SheetId {
        Objects.requireNonNull(sheetNumber, "sheetNumber");
        Objects.requireNonNull(registerNumber, "registerNumber");
    }

    /** A sheet that is not (yet) in the register. */
    public static SheetId of(String sheetNumber) {
        return new SheetId(sheetNumber, OptionalLong.empty());
    }

    /** A sheet of the register's entry {@code number}. */
    public static SheetId of(String sheetNumber, long number) {
        return new SheetId(sheetNumber, OptionalLong.of(number));
    }
}
