package com.carato.http;

import com.carato.service.Appraiser;
import com.carato.service.ModelException;
import com.carato.service.ModelService;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /health}, {@code /ready}, {@code /api/v1/model} and {@code /api/v1/models}. */
final class ModelHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ModelHandlers.class);

    private final Appraiser appraiser;
    private final ModelService models;

    ModelHandlers(Appraiser appraiser, ModelService models) {
        this.appraiser = appraiser;
        this.models = models;
    }

    /** Liveness: the process answers. */
    void health(Context ctx) {
        Json.ok(ctx, new StatusResponse("up"));
    }

    /** Readiness: a model is loaded and stones can be priced. */
    void ready(Context ctx) {
        if (!appraiser.ready()) {
            throw notReady();
        }
        Json.ok(ctx, new StatusResponse("ready"));
    }

    void active(Context ctx) {
        if (!appraiser.ready()) {
            throw notReady();
        }
        Json.ok(ctx, ModelResponse.of(appraiser.model()));
    }

    void list(Context ctx) {
        try {
            Json.ok(ctx, new ModelResponse.ListResponse(models.list().stream().map(ModelResponse::of).toList()));
        } catch (ModelException e) {
            LOG.error("the model registry could not be read", e);
            throw new ProblemException(ProblemType.INTERNAL, "the model registry could not be read; see the server log");
        }
    }

    static ProblemException notReady() {
        return new ProblemException(ProblemType.NOT_READY, "no model is loaded yet: train one"
                + " (carato train --data FILE --models DIR) or promote one, then try again");
    }
}
