package com.carato.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixtures and the reference data set. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }

    /**
     * The reference data set beside the project ({@code ../shared/datasets/diamonds/diamonds.csv});
     * fails, rather than skips, when it is not there: integration tests must run.
     */
    public static Path referenceData() {
        Path path = Path.of(System.getProperty("carato.referenceData",
                "../shared/datasets/diamonds/diamonds.csv"));
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("reference data not found at " + path.toAbsolutePath()
                    + ": clone the project beside ../shared");
        }
        return path;
    }
}
