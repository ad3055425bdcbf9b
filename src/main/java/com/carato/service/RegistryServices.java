package com.carato.service;

import com.carato.ml.registry.ChampionCache;
import com.carato.ml.registry.JdbcBundleStore;
import com.carato.ml.registry.JdbcChampionLog;
import com.carato.ml.registry.ModelRegistry;
import com.carato.ml.train.TrainingConfig;
import com.carato.register.RegisterException;
import com.carato.register.ShopConnection;
import com.carato.register.ShopDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The services of one model registry, built once per process: one {@link ModelRegistry}, the
 * {@link ActiveModel} it keeps on the champion, and the {@link ModelService} and {@link Retrainer}
 * that share them. The registry is a folder ({@link #open(Path)}) or the shop database
 * ({@link #openShop}); the app, each command and the server open it once and pass it on; nothing
 * else builds a registry.
 *
 * @param registry  the registry (bundle store + champion log)
 * @param active    the champion in use
 * @param models    train, evaluate, list, promote, roll back
 * @param retrainer retrain with new files under the promotion rule
 * @param shop      the shop database and this workstation's champion cache (null: a folder registry)
 */
public record RegistryServices(ModelRegistry registry, ActiveModel active, ModelService models, Retrainer retrainer,
                               Shop shop) implements AutoCloseable {

    /**
     * The shop side of a registry in the shop database.
     *
     * @param database    the shop database (bundles, history, champion)
     * @param cache       the last champion, kept on this workstation
     * @param localFolder this workstation's folder (cache, snapshot copies, retrain lock)
     */
    public record Shop(ShopDatabase database, ChampionCache cache, Path localFolder) {
    }

    /** The services of a folder registry. */
    public RegistryServices(ModelRegistry registry, ActiveModel active, ModelService models, Retrainer retrainer) {
        this(registry, active, models, retrainer, null);
    }

    /** The services of {@code modelsDir} with the default training configuration and promotion rule. */
    public static RegistryServices open(Path modelsDir) {
        return open(modelsDir, TrainingConfig.defaults(), PromotionRule.defaults());
    }

    /** The services of {@code modelsDir} with the default training configuration and this promotion rule. */
    public static RegistryServices open(Path modelsDir, PromotionRule rule) {
        return open(modelsDir, TrainingConfig.defaults(), rule);
    }

    /** The services of {@code modelsDir}. */
    public static RegistryServices open(Path modelsDir, TrainingConfig config, PromotionRule rule) {
        return of(new ModelRegistry(modelsDir), config, rule, null);
    }

    /** The services of {@code modelsDir} with the small, fast training configuration (tests, demos). */
    public static RegistryServices quick(Path modelsDir, PromotionRule rule) {
        return open(modelsDir, TrainingConfig.quick(), rule);
    }

    /** The shop registry with the default training configuration and promotion rule. */
    public static RegistryServices openShop(ShopConnection connection, Path localFolder) {
        return openShop(connection, localFolder, TrainingConfig.defaults(), PromotionRule.defaults());
    }

    /** The shop registry with the default training configuration and this promotion rule. */
    public static RegistryServices openShop(ShopConnection connection, Path localFolder, PromotionRule rule) {
        return openShop(connection, localFolder, TrainingConfig.defaults(), rule);
    }

    /** The shop registry with the small, fast training configuration (tests, demos). */
    public static RegistryServices quickShop(ShopConnection connection, Path localFolder, PromotionRule rule) {
        return openShop(connection, localFolder, TrainingConfig.quick(), rule);
    }

    /**
     * The model registry in the shop database: bundles and data snapshots in its tables
     * ({@code JdbcBundleStore}), the history and the one champion in its champion log
     * ({@code JdbcChampionLog}). {@code localFolder} is this workstation's own: the champion cache
     * ({@code champion-cache/}), local copies of the data snapshots and the retrain lock. The
     * database is migrated at its first use, not here, so that a workstation starts while it is
     * away ({@link #follower()} then prices from the cache); an unusable URL or password file is
     * refused at once.
     *
     * @throws RegisterException when the URL is not a database URL or the local folder cannot be created
     */
    public static RegistryServices openShop(ShopConnection connection, Path localFolder, TrainingConfig config,
                                            PromotionRule rule) {
        if (connection.isEmbedded()) {
            throw new IllegalArgumentException("the shop registry needs a database URL, not the embedded register");
        }
        return openShop(connection.connect(), localFolder, config, rule);
    }

    /** The model registry in a shop database this process already holds, with the defaults. */
    public static RegistryServices openShop(ShopDatabase db, Path localFolder) {
        return openShop(db, localFolder, TrainingConfig.defaults(), PromotionRule.defaults());
    }

    /**
     * The model registry in a shop database this process already holds (the app shares one
     * database, migrated once, between its register and its registry). Closing the services closes
     * the database.
     */
    public static RegistryServices openShop(ShopDatabase db, Path localFolder, TrainingConfig config,
                                            PromotionRule rule) {
        try {
            Files.createDirectories(localFolder);
        } catch (IOException e) {
            throw new RegisterException(RegisterException.Problem.BAD_INPUT, "cannot create this workstation's model"
                    + " folder " + localFolder + ": " + e.getMessage(), e);
        }
        ModelRegistry registry = new ModelRegistry(localFolder, new JdbcBundleStore(db, localFolder),
                new JdbcChampionLog(db));
        return of(registry, config, rule, new Shop(db, new ChampionCache(localFolder), localFolder));
    }

    private static RegistryServices of(ModelRegistry registry, TrainingConfig config, PromotionRule rule, Shop shop) {
        ActiveModel active = new ActiveModel();
        return new RegistryServices(registry, active, new ModelService(registry, active, config),
                new Retrainer(registry, active, config, rule), shop);
    }

    /** A follower of the champion, polling every {@link ChampionFollower#DEFAULT_POLL}; not started. */
    public ChampionFollower follower() {
        return follower(ChampionFollower.DEFAULT_POLL);
    }

    /**
     * A follower that keeps {@link #active()} on the champion: for the shop database with LISTEN (on
     * PostgreSQL), the cache and polling every {@code poll}; for a folder registry by polling. Not
     * started: call {@link ChampionFollower#start()}, and close it before {@link #close()}.
     */
    public ChampionFollower follower(Duration poll) {
        return new ChampionFollower(registry, active, shop == null ? null : shop.database(),
                shop == null ? null : shop.cache(), poll);
    }

    public boolean isShop() {
        return shop != null;
    }

    public Path modelsDir() {
        return registry.root();
    }

    /** Closes the shop database's connections (nothing to close for a folder registry). */
    @Override
    public void close() {
        if (shop != null) {
            shop.database().close();
        }
    }
}
