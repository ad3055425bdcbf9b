package com.carato.cli;

import com.carato.service.PromotionRule;
import com.carato.service.RegistryServices;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/**
 * Where a command's models are: {@code --models DIR}, a folder registry (the zero-setup default,
 * {@code models}), or {@code --db JDBC-URL}, the shop database (with {@code --home},
 * {@code --db-password-file}, {@code CARATO_DB_USER} / {@code CARATO_DB_PASSWORD}: {@link ShopOptions}).
 * Both at once is a usage error: they name two registries.
 */
final class ModelsOption {

    static final Path DEFAULT_FOLDER = Path.of("models");

    /** This workstation's folder for the shop registry (champion cache, snapshot copies), under --home. */
    static final String SHOP_FOLDER = "shop-models";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--models", paramLabel = "DIR",
            description = "model registry folder (default: models); not with --db")
    Path models;

    @Mixin
    ShopOptions shop;

    /** The one place a command gets its registry: one registry and its services per command run. */
    RegistryServices open() {
        return open(false, PromotionRule.defaults());
    }

    /**
     * The registry's services with this promotion rule, trained quickly ({@code --quick}) or not. The
     * shop database is connected and migrated now: a command fails at once, naming the database,
     * rather than after minutes of training.
     */
    RegistryServices open(boolean quick, PromotionRule rule) {
        RegistryServices services = openLazily(quick, rule);
        if (services.isShop()) {
            try {
                services.shop().database().ensureMigrated();
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        }
        return services;
    }

    /**
     * The registry's services; the shop database is migrated at its first use, so that a server
     * starts while it is away (and serves the champion cached on this workstation).
     */
    RegistryServices openLazily(boolean quick, PromotionRule rule) {
        if (isShop()) {
            return quick ? RegistryServices.quickShop(shop.connection(), shopFolder(), rule)
                    : RegistryServices.openShop(shop.connection(), shopFolder(), rule);
        }
        return quick ? RegistryServices.quick(folder(), rule) : RegistryServices.open(folder(), rule);
    }

    /** True with {@code --db}; refuses {@code --models} together with it (exit code 2). */
    boolean isShop() {
        if (shop.db != null && models != null) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--models and --db name two model"
                    + " registries: give --models DIR for a folder registry or --db JDBC-URL for the shop database,"
                    + " not both (carato models export/import moves models between them)");
        }
        return shop.db != null;
    }

    /** The folder registry (with --models, or the default). */
    Path folder() {
        return models != null ? models : DEFAULT_FOLDER;
    }

    /** This workstation's own folder for the shop registry. */
    Path shopFolder() {
        return shop.dataFolder().resolve(SHOP_FOLDER);
    }

    /** Where the models are, for messages: the folder, or the database's URL (never a password). */
    String where() {
        return isShop() ? shop.connection().describe() : folder().toString();
    }

    /** The option that names this registry again, for hints ("carato train --data FILE " + option()). */
    String option() {
        return isShop() ? "--db " + shop.connection().describe() : "--models " + folder();
    }
}
