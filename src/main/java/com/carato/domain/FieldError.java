package com.carato.domain;

import java.util.Objects;

/**
 * What is wrong with one field of a stone (or, with field {@code row}, with a row of a file).
 *
 * @param field   the column name as in the data set ("carat", "cut", ...)
 * @param problem what is wrong, as a code with its arguments (rendered in the user's language)
 */
public record FieldError(String field, Message problem) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
    }

    public FieldError(String field, MessageCode code, Object... args) {
        this(field, code.with(args));
    }

    /** The stable code of the problem ({@code field.missing-value}, ...), as the CLI and REST give it. */
    public String code() {
        return problem.code().code();
    }

    /** What is wrong in English, in words a shop assistant understands (CLI, REST, logs). */
    public String message() {
        return problem.english();
    }

    @Override
    public String toString() {
        return field + ": " + message();
    }
}
