package com.carato.ml.registry;

import java.io.IOException;

/**
 * Called at the named points between the writes of a registry change ("bundle-moved",
 * "snapshot-written", …). Does nothing in production; tests inject a failure there to prove that
 * a crash at any point leaves the registry consistent.
 */
@FunctionalInterface
public interface WriteHook {

    WriteHook NONE = point -> {
    };

    void reached(String point) throws IOException;
}
