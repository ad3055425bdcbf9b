package com.carato.ml.registry;

/** A model bundle that cannot be used: missing, partial, corrupt or from an incompatible version. */
public class BundleException extends Exception {

    private static final long serialVersionUID = 1L;

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
