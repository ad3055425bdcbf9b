package com.carato.service;

/** Another retrain holds the registry's lock; the message names the registry and the holder. */
public final class RetrainBusyException extends Exception {

    private static final long serialVersionUID = 1L;

    public RetrainBusyException(String message) {
        super(message);
    }
}
