package com.carato.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --models DIR} option shared by the commands that use a registry. */
final class ModelsOption {

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
            description = "model registry folder (default: ${DEFAULT-VALUE})")
    Path models;
}
