package com.carato.http;

import com.carato.domain.OutsideModelException;
import com.carato.service.NoModelException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * Maps every failure to an {@code application/problem+json} answer. Client mistakes get their
 * reason; anything else is logged with its stack trace under an id, and the client gets the id only.
 */
final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    static void register(JavalinConfig cfg) {
        cfg.routes.exception(ProblemException.class, (e, ctx) -> send(ctx, e));
        cfg.routes.exception(NoModelException.class, (e, ctx) -> send(ctx, ModelHandlers.notReady()));
        cfg.routes.exception(OutsideModelException.class, (e, ctx) -> send(ctx, outsideModel(e)));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, fromJavalin(ctx, e)));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            String id = UUID.randomUUID().toString();
            LOG.error("request {} {} failed (error id {})", ctx.method(), ctx.path(), id, e);
            send(ctx, new ProblemException(ProblemType.INTERNAL, "the server failed to answer; error id " + id
                    + " (the server log has the details)"));
        });
        cfg.routes.error(404, ctx -> {
            if (!isProblem(ctx)) {
                send(ctx, notFound(ctx));
            }
        });
        cfg.routes.error(405, ctx -> {
            if (!isProblem(ctx)) {
                send(ctx, new ProblemException(ProblemType.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed on "
                        + ctx.path() + "; see /openapi.json"));
            }
        });
    }

    /**
     * A valid stone the model refuses to price (beyond its limits, e.g. heavier than its weight
     * limit): 422 with the field at fault; the message names the limit.
     */
    static ProblemException outsideModel(OutsideModelException e) {
        return new ProblemException(ProblemType.OUTSIDE_MODEL, e.getMessage(), e.errors());
    }

    private static ProblemException notFound(Context ctx) {
        return new ProblemException(ProblemType.NOT_FOUND, "no resource at " + ctx.method() + " " + ctx.path()
                + "; the API is described at /openapi.json and /docs");
    }

    static void send(Context ctx, ProblemException e) {
        Json.write(ctx, e.type().status(), Json.PROBLEM, Problem.of(e, ctx.path()));
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Json.PROBLEM);
    }

    private static ProblemException fromJavalin(Context ctx, HttpResponseException e) {
        if (e.getStatus() == 404) {
            return notFound(ctx);
        }
        ProblemType type = switch (e.getStatus()) {
            case 400 -> ProblemType.BAD_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.TOO_LARGE;
            case 503 -> ProblemType.NOT_READY;
            default -> null;
        };
        if (type == null) {
            LOG.warn("unexpected framework status {}: {}", e.getStatus(), e.getMessage());
            return new ProblemException(ProblemType.INTERNAL, "the server could not answer this request");
        }
        return new ProblemException(type, e.getMessage());
    }
}
