package com.carato.app;

/** A setting that must be saved (the sheet counter) could not be; the message says which and where. */
public final class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
