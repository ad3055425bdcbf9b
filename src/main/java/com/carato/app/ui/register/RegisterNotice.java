package com.carato.app.ui.register;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the Register screen has to say, as a kind and its arguments; the view renders it in the
 * user's language (key {@code register.notice.<kind>}), so a language switch re-says it.
 */
public record RegisterNotice(Kind kind, List<Object> args) {

    public enum Kind {
        SEARCHING, FOUND, NOTHING_FOUND, SEARCH_FAILED,
        NOT_A_NUMBER, NOT_A_DATE, NEGATIVE, MIN_ABOVE_MAX, FROM_AFTER_TO, FIX_FILTERS,
        EXPORTING, EXPORTED, EXPORT_CANCELLED, EXPORT_FAILED, BACKING_UP, BACKED_UP,
        SHEET_SAVING, SHEET_SAVED, SHEET_FAILED,
        NO_MODEL, REAPPRAISING, REAPPRAISED, REFUSED,
        VOID_NO_REASON, VOIDING, VOIDED, ALREADY_VOIDED, VOID_FAILED;

        private static final Set<Kind> PROBLEMS = EnumSet.of(SEARCH_FAILED, NOT_A_NUMBER, NOT_A_DATE, NEGATIVE,
                MIN_ABOVE_MAX, FROM_AFTER_TO, FIX_FILTERS, EXPORT_FAILED, SHEET_FAILED, NO_MODEL, REFUSED,
                VOID_NO_REASON, ALREADY_VOIDED, VOID_FAILED);

        /** The bundle key of its text. */
        public String key() {
            return "register.notice." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** True when something is wrong (shown in the error style). */
        public boolean problem() {
            return PROBLEMS.contains(this);
        }
    }

    public RegisterNotice {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
    }

    public static RegisterNotice of(Kind kind, Object... args) {
        return new RegisterNotice(kind, List.of(args));
    }
}
