package com.carato.http;

import com.carato.register.RegisterException;
import com.carato.register.RegisterQuery;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code GET /api/v1/register} and {@code GET /api/v1/register/{number}}. The register names clients
 * and prices: it is answered only to a caller with an API key, on loopback too.
 */
final class RegisterHandlers {

    private final ServerRegister register;
    private final ApiKeys keys;

    RegisterHandlers(ServerRegister register, ApiKeys keys) {
        this.register = register;
        this.keys = keys;
    }

    void list(Context ctx) {
        ServerRegister r = require(ctx, keys, register);
        RegisterQuery query;
        try {
            query = RegisterQuery.all()
                    .between(date(ctx, "from"), date(ctx, "to"))
                    .byClient(ctx.queryParam("client"))
                    .bySalesperson(ctx.queryParam("salesperson"))
                    .byModel(ctx.queryParam("model"))
                    .page(integer(ctx, "page", 1), integer(ctx, "pageSize", RegisterQuery.DEFAULT_PAGE_SIZE));
        } catch (RegisterException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, e.getMessage());
        }
        Json.ok(ctx, RegisterEntryResponse.Page.of(call(() -> r.register().search(query))));
    }

    void one(Context ctx) {
        ServerRegister r = require(ctx, keys, register);
        String text = ctx.pathParam("number");
        long number;
        try {
            number = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "number: '" + text + "' is not a register number");
        }
        Json.ok(ctx, RegisterEntryResponse.of(call(() -> r.register().get(number))));
    }

    /**
     * The register, when this server keeps one and the caller shows a key; else the problem that
     * says what is missing.
     */
    static ServerRegister require(Context ctx, ApiKeys keys, ServerRegister register) {
        if (!keys.enabled()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "the register is answered only with an API key;"
                    + " start the server with --api-keys FILE (or CARATO_API_KEYS) and send the key in X-API-Key");
        }
        if (register == null) {
            throw new ProblemException(ProblemType.NO_REGISTER, "this server keeps no register; start it with"
                    + " --home DIR or --db JDBC-URL to record appraisals and answer register queries");
        }
        return register;
    }

    /** Runs a register call, mapping its failures to problems. */
    static <T> T call(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RegisterException e) {
            ProblemType type = switch (e.problem()) {
                case UNKNOWN_NUMBER -> ProblemType.NOT_FOUND;
                case BAD_INPUT, NO_REASON, ALREADY_VOIDED -> ProblemType.BAD_REQUEST;
                case UNREACHABLE, DATABASE_ERROR, SCHEMA_TOO_NEW -> ProblemType.NO_REGISTER;
            };
            throw new ProblemException(type, e.getMessage());
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST,
                    name + ": '" + text + "' is not a date; expected YYYY-MM-DD, e.g. 2026-12-01");
        }
    }

    private static int integer(Context ctx, String name, int fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, name + ": '" + text + "' is not a whole number");
        }
    }
}
