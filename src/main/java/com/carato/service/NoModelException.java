package com.carato.service;

/** Thrown when a price is asked for but no model is loaded yet. */
public final class NoModelException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public NoModelException(String message) {
        super(message);
    }
}
