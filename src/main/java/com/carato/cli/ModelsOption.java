package com.carato.cli;

import com.carato.service.PromotionRule;
import com.carato.service.RegistryServices;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --models DIR} option shared by the commands that use a registry. */
final class ModelsOption {

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
            description = "model registry folder (default: ${DEFAULT-VALUE})")
    Path models;

    /** The one place a command gets its registry: one registry and its services per command run. */
    RegistryServices open() {
        return RegistryServices.open(models);
    }

    /** The registry's services with this promotion rule, trained quickly ({@code --quick}) or not. */
    RegistryServices open(boolean quick, PromotionRule rule) {
        return quick ? RegistryServices.quick(models, rule) : RegistryServices.open(models, rule);
    }
}
