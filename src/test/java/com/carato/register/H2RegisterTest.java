package com.carato.register;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The register contract on the embedded H2 file a single workstation uses. */
class H2RegisterTest extends RegisterContractTest {

    @TempDir
    Path folder;

    @Override
    protected ShopDatabase openDatabase() {
        return ShopDatabase.embedded(folder);
    }
}
