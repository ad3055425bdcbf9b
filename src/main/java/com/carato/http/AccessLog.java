package com.carato.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request: method, path, status, latency in milliseconds (logger {@code com.carato.http.access}). */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("com.carato.http.access");

    private AccessLog() {
    }

    static void log(Context ctx, Float millis) {
        if (LOG.isInfoEnabled()) {
            LOG.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis * 10) / 10.0);
        }
    }
}
