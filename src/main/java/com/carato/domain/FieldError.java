package com.carato.domain;

import java.util.Objects;

/**
 * What is wrong with one field of a stone.
 *
 * @param field   the column name as in the data set ("carat", "cut", ...)
 * @param message what is wrong, in words a shop assistant understands
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
