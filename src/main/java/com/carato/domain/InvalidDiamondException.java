package com.carato.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a stone's characteristics are not valid; carries every invalid field. */
public final class InvalidDiamondException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidDiamondException(List<FieldError> errors) {
        super("invalid stone: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
