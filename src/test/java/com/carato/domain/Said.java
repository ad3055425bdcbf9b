package com.carato.domain;

import java.util.List;

/** Field errors as the CLI and logs show them in English ("field: message"), for assertions on the text. */
public final class Said {

    private Said() {
    }

    public static List<String> english(List<FieldError> errors) {
        return errors.stream().map(FieldError::toString).toList();
    }

    /** A field error with a fixed text, for test doubles that refuse a stone in their own words. */
    public static FieldError error(String field, String text) {
        return new FieldError(field, Verbatim.TEXT, text);
    }

    /** A test double's own words (test code only: the bundles need not know it). */
    enum Verbatim implements MessageCode {
        TEXT;

        @Override
        public String code() {
            return "test.verbatim";
        }

        @Override
        public String english() {
            return "{0}";
        }
    }
}
