package com.carato.app.sheet;

import com.carato.app.ui.common.Messages;
import com.carato.register.RegisterEntry;

import java.io.IOException;

/**
 * The sheet of a register entry, as it was handed out: the entry's stored appraisal (never priced
 * again), in the language it was shown in, with its sheet number, its register number and the date
 * it was given. The desk prints a recorded appraisal's sheet from the same three facts, so a reprint
 * says what the sheet of the day said (the shop's letterhead is today's).
 */
public final class RegisterSheet {

    private RegisterSheet() {
    }

    /** The entry's sheet number and register number (an entry recorded without a sheet: its register number). */
    public static SheetId idOf(RegisterEntry entry) {
        String sheet = entry.sheetNumber() != null ? entry.sheetNumber() : Long.toString(entry.number());
        return SheetId.of(sheet, entry.number());
    }

    /** The entry's sheet as a PDF. */
    public static byte[] render(RegisterEntry entry, ShopDetails shop) throws IOException {
        return new PdfSheetWriter(new Messages(entry.language()), shop).render(entry.appraisal(), idOf(entry),
                entry.at());
    }
}
