package com.carato.cli;

import com.carato.http.ServerRegister;
import com.carato.register.JdbcRegister;
import com.carato.register.RegisterException;
import com.carato.register.ShopConnection;

import com.carato.http.ApiKeys;
import com.carato.http.CaratoServer;
import com.carato.http.ServerConfig;
import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.ModelException;
import com.carato.service.ModelService;
import com.carato.service.ModelSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code carato serve --models DIR [--host H] [--port P] [--api-keys FILE] [--cors ORIGIN...]
 * [--home DIR | --db JDBC-URL]}: loads the champion, starts the REST server and runs until Ctrl-C (or
 * until its thread is interrupted). With {@code --home} or {@code --db} it also records appraisals
 * ({@code ?record=true}) in that register and answers register queries (API key required).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the champion model over HTTP/JSON (REST API under /api/v1, docs at /docs).",
            "Listens on 127.0.0.1 unless --host is given; any other address requires --api-keys."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:no champion model, unreadable key file, or the port is taken", "2:usage error"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelsOption registry;

    @Mixin
    ShopOptions shop;

    @Option(names = "--host", paramLabel = "H", defaultValue = ServerConfig.LOOPBACK,
            description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--api-keys", paramLabel = "FILE",
            description = {"file of API keys, one a line (# comments); clients send one in the X-API-Key header.",
                "Without it, keys may come from the environment variable CARATO_API_KEYS (separated by commas)."})
    Path apiKeys;

    @Option(names = "--cors", paramLabel = "ORIGIN", arity = "1..*",
            description = "web origins allowed to call the API from a browser, e.g. https://shop.example.com")
    List<String> cors = new ArrayList<>();

    @Option(names = "--max-batch", paramLabel = "N", defaultValue = "10000",
            description = "most stones in one batch request (default: ${DEFAULT-VALUE})")
    int maxBatch;

    @Option(names = "--watch", paramLabel = "SECONDS", defaultValue = "5",
            description = {"how often to look for a new champion in the registry (promoted or rolled back by",
                "another process); 0 = never (default: ${DEFAULT-VALUE})"})
    int watchSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        com.carato.service.RegistryServices services = registry.open();
        ActiveModel active = services.active();
        ModelService models = services.models();
        Appraiser appraiser = new Appraiser(active);
        CaratoServer server;
        try {
            ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port).withCorsOrigins(cors)
                    .withMaxBatchSize(maxBatch)
                    .withApiKeys(ApiKeys.resolve(apiKeys, System.getenv(ApiKeys.ENVIRONMENT_VARIABLE)));
            Optional<ModelSummary> champion = models.loadChampion();
            if (champion.isEmpty()) {
                err.println("error: no champion model in " + registry.models + ": train one first (carato train"
                        + " --data FILE --models " + registry.models + ")");
                return ExitCodes.FILE_ERROR;
            }
            ServerRegister register = null;
            if (shop.db != null || shop.home != null) {
                ShopConnection connection = shop.connection();
                register = new ServerRegister(new JdbcRegister(connection.open()), "serve@" + hostName());
                out.printf("register:           %s%n", connection.describe());
            }
            server = CaratoServer.create(appraiser, models, config, register);
            server.start();
            active.addListener(m -> {
                out.println("now serving model " + m.id());
                out.flush();
            });
            out.printf("Carato REST server: %s (model %s)%n", server.url(), champion.get().id());
            out.printf("API docs:           %s%n", server.docsUrl());
            out.println("Press Ctrl-C to stop.");
            out.flush();
        } catch (IOException e) {
            err.println("error: " + apiKeys + ": cannot be read: " + e.getMessage());
            return ExitCodes.FILE_ERROR;
        } catch (ModelException | IllegalArgumentException | IllegalStateException | RegisterException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FILE_ERROR;
        } catch (RuntimeException e) {
            err.println("error: the server could not start on " + host + ":" + port + ": " + rootMessage(e));
            return ExitCodes.FILE_ERROR;
        }
        ScheduledExecutorService watcher = watchSeconds > 0 ? watch(models, appraiser, err) : null;
        try {
            return runUntilStopped(server, out);
        } finally {
            if (watcher != null) {
                watcher.shutdownNow();
            }
        }
    }

    /** Reloads the champion when the registry names another one (the active model switches atomically). */
    private ScheduledExecutorService watch(ModelService models, Appraiser appraiser, PrintWriter err) {
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "carato-serve-champion-watch");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(() -> {
            try {
                String serving = appraiser.ready() ? appraiser.model().id() : null;
                Optional<String> champion = models.list().stream().filter(m -> com.carato.domain.ModelStatus.CHAMPION.code().equals(m.status()))
                        .map(ModelSummary::id).findFirst();
                if (champion.isPresent() && !champion.get().equals(serving)) {
                    models.loadChampion();
                }
            } catch (ModelException | RuntimeException e) {
                err.println("warning: could not check the registry for a new champion: " + e.getMessage());
                err.flush();
            }
        }, watchSeconds, watchSeconds, TimeUnit.SECONDS);
        return watcher;
    }

    private static int runUntilStopped(CaratoServer server, PrintWriter out) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "carato-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            server.stop();
            Thread.currentThread().interrupt();
        }
        out.println("stopped");
        out.flush();
        return ExitCodes.OK;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
