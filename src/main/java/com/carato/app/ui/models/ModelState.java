package com.carato.app.ui.models;

/** Where the app's model is in its life: what the status bar says and whether the welcome is due. */
public enum ModelState {
    /** Reading the registry and loading the champion. */
    LOADING,
    /** Training a first model (progress and cancel available). */
    TRAINING,
    /** A champion is loaded and prices stones. */
    READY,
    /** The registry has no champion and no data to train one was given. */
    NO_MODEL,
    /** The user cancelled the first training: nothing was saved. */
    CANCELLED,
    /** Loading or training failed; the error says why. */
    FAILED;

    /** True while the model is being loaded or trained. */
    public boolean working() {
        return this == LOADING || this == TRAINING;
    }
}
