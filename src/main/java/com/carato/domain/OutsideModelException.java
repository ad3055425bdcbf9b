package com.carato.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a valid stone lies so far outside the stones a model learnt from that the model
 * refuses to price it (for example heavier than the model's weight limit). Unlike
 * {@link InvalidDiamondException}, the stone itself is possible: another model, trained on larger
 * stones, may price it. Carries the fields at fault with a message that names the limit.
 */
public final class OutsideModelException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;
    private final double limit;

    public OutsideModelException(List<FieldError> errors, double limit) {
        super("outside the model: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
        this.limit = limit;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The limit the stone exceeds, in the field's unit (carats for a weight limit). */
    public double limit() {
        return limit;
    }
}
