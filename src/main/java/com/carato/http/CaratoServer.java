package com.carato.http;

import com.carato.service.Appraiser;
import com.carato.service.ModelService;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;

/**
 * The embedded REST server: a thin adapter over {@link Appraiser} and {@link ModelService}.
 * {@link #create} builds it unstarted; {@link #start()} binds. Every request reads the champion
 * that is active when it starts, so a promotion or rollback takes effect without a restart.
 * Routes and schemas are described in {@code openapi.json} beside this class.
 */
public final class CaratoServer {

    static final String API = "/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(CaratoServer.class);

    private final Javalin app;
    private final ServerConfig config;

    private CaratoServer(Javalin app, ServerConfig config) {
        this.app = app;
        this.config = config;
    }

    /**
     * Builds an unstarted server.
     *
     * @throws IllegalStateException when the address is not loopback and no API keys are given
     */
    public static CaratoServer create(Appraiser appraiser, ModelService models, ServerConfig config) {
        return create(appraiser, models, config, null);
    }

    /** A server that also records appraisals ({@code ?record=true}) and answers register queries. */
    public static CaratoServer create(Appraiser appraiser, ModelService models, ServerConfig config,
                                      ServerRegister register) {
        Objects.requireNonNull(appraiser, "appraiser");
        return create(Pricer.of(appraiser), appraiser, models, config, register);
    }

    /** Over any pricer (tests: a model that refuses stones beyond a limit); the rest as above. */
    static CaratoServer create(Pricer pricer, Appraiser appraiser, ModelService models, ServerConfig config) {
        return create(pricer, appraiser, models, config, null);
    }

    static CaratoServer create(Pricer pricer, Appraiser appraiser, ModelService models, ServerConfig config,
                               ServerRegister register) {
        Objects.requireNonNull(pricer, "pricer");
        Objects.requireNonNull(appraiser, "appraiser");
        Objects.requireNonNull(models, "models");
        config.checkExposure();
        BodyReader bodies = new BodyReader(config.maxBodyBytes());
        AppraisalHandlers appraisals = new AppraisalHandlers(pricer, bodies, config.maxBatchSize(), register,
                config.apiKeys());
        RegisterHandlers registerHandlers = new RegisterHandlers(register, config.apiKeys());
        ModelHandlers model = new ModelHandlers(appraiser, models);
        ApiDocs docs = new ApiDocs();
        Javalin app = Javalin.create(cfg -> {
            configure(cfg, config);
            cfg.routes.before(API + "/*", ctx -> requireKey(ctx, config.apiKeys()));
            cfg.routes.get("/health", model::health);
            cfg.routes.get("/ready", model::ready);
            cfg.routes.get(API + "/model", model::active);
            cfg.routes.get(API + "/models", model::list);
            cfg.routes.post(API + "/appraisals", appraisals::single);
            cfg.routes.post(API + "/appraisals/batch", appraisals::batch);
            cfg.routes.get(API + "/register", registerHandlers::list);
            cfg.routes.get(API + "/register/{number}", registerHandlers::one);
            cfg.routes.get("/openapi.json", docs::openApi);
            cfg.routes.get("/docs", docs::docs);
            Problems.register(cfg);
        });
        return new CaratoServer(app, config);
    }

    private static void configure(JavalinConfig cfg, ServerConfig config) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.jetty.host = config.host();
        cfg.jetty.port = config.port();
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.http.prefer405over404 = true;
        cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        cfg.staticFiles.enableWebjars();
        cfg.requestLogger.http(AccessLog::log);
        List<String> origins = config.corsOrigins();
        if (!origins.isEmpty()) {
            cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                rule.allowHost(origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
                rule.exposeHeader("Content-Type");
            }));
        }
    }

    private static void requireKey(Context ctx, ApiKeys keys) {
        if (keys.enabled() && ctx.method() != HandlerType.OPTIONS && !keys.accepts(ctx.header("X-API-Key"))) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, ctx.header("X-API-Key") == null
                    ? "this server requires an API key in the X-API-Key header"
                    : "the API key in the X-API-Key header is not valid");
        }
    }

    public CaratoServer start() {
        app.start();
        LOG.info("Carato REST server listening on {} (docs {})", url(), docsUrl());
        return this;
    }

    public void stop() {
        app.stop();
    }

    /** The bound port (the real one after {@link #start()} with port 0). */
    public int port() {
        return app.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port();
    }

    public String docsUrl() {
        return url() + "/docs";
    }

    public ServerConfig config() {
        return config;
    }

    /** The registered routes as "METHOD /path" (filters excluded), for the OpenAPI contract test. */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint)
                .filter(e -> e.method.isHttpMethod() && e.method != HandlerType.OPTIONS && e.method != HandlerType.HEAD)
                .map(e -> e.method.name() + " " + e.path)
                .sorted().toList();
    }
}
