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
import com.carato.service.ChampionFollower;
import com.carato.service.RegistryServices;
import picocli.CommandLine;
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
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

/**
 * {@code carato serve --models DIR [--host H] [--port P] [--api-keys FILE] [--cors ORIGIN...]
 * [--home DIR | --db JDBC-URL]}: loads the champion, starts the REST server and runs until Ctrl-C (or
 * until its thread is interrupted), following the champion: a promotion or rollback by another
 * process or workstation is served within seconds ({@link ChampionFollower}). With {@code --db} the
 * models come from the shop database (LISTEN/NOTIFY on PostgreSQL, the last champion cached under
 * {@code --home} for when the database is away). With {@code --home} or {@code --db} it also records
 * appraisals ({@code ?record=true}) in that register and answers register queries (API key required).
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
                "another process; with --db a PostgreSQL notification arrives at once anyway); 0 = never",
                "(default: ${DEFAULT-VALUE})"})
    int watchSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ShopOptions shop = registry.shop;
        if (watchSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--watch: expected 0 or more seconds, got "
                    + watchSeconds);
        }
        try (RegistryServices services = registry.openLazily(false, com.carato.service.PromotionRule.defaults());
             ChampionFollower follower = services.follower(Duration.ofSeconds(Math.max(1, watchSeconds)))) {
            ActiveModel active = services.active();
            ModelService models = services.models();
            Appraiser appraiser = new Appraiser(active);
            CaratoServer server;
            try {
                ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port).withCorsOrigins(cors)
                        .withMaxBatchSize(maxBatch)
                        .withApiKeys(ApiKeys.resolve(apiKeys, System.getenv(ApiKeys.ENVIRONMENT_VARIABLE)));
                String champion = watchSeconds > 0 ? follower.start().modelId()
                        : models.loadChampion().map(ModelSummary::id).orElse(null);
                if (champion == null) {
                    String problem = follower.status().problem();
                    err.println("error: no champion model in " + registry.where() + (problem == null
                            ? ": train one first (carato train --data FILE " + registry.option() + ")"
                            : ": " + problem));
                    return ExitCodes.FILE_ERROR;
                }
                if (follower.status().fromCache()) {
                    err.println("warning: the shop database cannot be reached (" + follower.status().problem()
                            + "); serving the champion cached on this workstation, " + champion);
                }
                ServerRegister register = null;
                if (shop.db != null || shop.home != null) {
                    ShopConnection connection = shop.connection();
                    // connected, not opened: with the shop database away the server still starts (appraisals
                    // are served from the cached champion; the register answers again when it is back)
                    register = new ServerRegister(new JdbcRegister(connection.connect()), "serve@" + hostName());
                    out.printf("register:           %s%n", connection.describe());
                }
                server = CaratoServer.create(appraiser, models, config, register);
                server.start();
                active.addListener(m -> {
                    out.println("now serving model " + m.id());
                    out.flush();
                });
                follower.addListener(s -> {
                    if (!s.reachable()) {
                        err.println("warning: the model registry " + registry.where() + " cannot be read ("
                                + s.problem() + "); still serving " + s.modelId());
                        err.flush();
                    }
                });
                out.printf("Carato REST server: %s (model %s)%n", server.url(), champion);
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
                if (e instanceof CommandLine.ParameterException) {
                    throw e;
                }
                err.println("error: the server could not start on " + host + ":" + port + ": " + rootMessage(e));
                return ExitCodes.FILE_ERROR;
            }
            return runUntilStopped(server, out);
        }
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
