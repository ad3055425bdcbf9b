package com.carato.http;

import com.carato.domain.Appraisal;
import com.carato.register.NewEntry;

import com.carato.data.DataFileException;
import com.carato.domain.Diamond;
import com.carato.domain.FieldError;
import com.carato.service.AppraisalOutcome;
import com.carato.service.CsvAppraisal;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/v1/appraisals} and {@code POST /api/v1/appraisals/batch}. A stone the model
 * refuses to price (beyond its limits) is a 422 {@code outside-model} problem for one stone, mapped in
 * {@link Problems}, and its own item in a batch, like an invalid stone.
 */
final class AppraisalHandlers {

    static final String CSV = "text/csv";

    private final Pricer pricer;
    private final CsvAppraisal csv;
    private final BodyReader bodies;
    private final int maxBatchSize;

    private final ServerRegister register;
    private final ApiKeys keys;

    AppraisalHandlers(Pricer pricer, BodyReader bodies, int maxBatchSize, ServerRegister register, ApiKeys keys) {
        this.pricer = pricer;
        this.register = register;
        this.keys = keys;
        this.csv = new CsvAppraisal(stones -> pricer.appraiseEach(stones, false));
        this.bodies = bodies;
        this.maxBatchSize = maxBatchSize;
    }

    /** One stone as a JSON object; any content type is read as JSON (curl -d sends a form type). */
    void single(Context ctx) {
        boolean explain = explain(ctx, true);
        JsonNode body = Json.parse(bodies.read(ctx));
        if (!body.isObject()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "expected one stone as a JSON object with the fields "
                    + String.join(", ", Diamond.FIELDS) + "; for many stones use POST /api/v1/appraisals/batch");
        }
        StoneParser.Parsed parsed = StoneParser.parse(body);
        if (!parsed.valid()) {
            throw new ProblemException(ProblemType.INVALID_STONE, describe(parsed), parsed.errors());
        }
        boolean record = flag(ctx, "record", false);
        ServerRegister r = record ? RegisterHandlers.require(ctx, keys, register) : null;
        Appraisal appraisal = pricer.appraise(parsed.stone(), explain);
        AppraisalResponse answer = AppraisalResponse.of(appraisal);
        if (r != null) {
            NewEntry entry = NewEntry.of(r.workstation(), text(body, "salesperson", "REST API"),
                    text(body, "client", null), Locale.ENGLISH, null, appraisal);
            answer = answer.recordedAs(RegisterHandlers.call(() -> r.register().record(entry)).number());
        }
        Json.ok(ctx, answer);
    }

    /** An optional text field of the request besides the stone (client reference, salesperson). */
    private static String text(JsonNode body, String field, String fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, field + ": expected a text, got " + v.getNodeType()
                    .toString().toLowerCase(Locale.ROOT));
        }
        return v.asText().isBlank() ? fallback : v.asText();
    }

    /** A JSON array of stones, or a CSV file with {@code Content-Type: text/csv}. */
    void batch(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith(CSV)) {
            batchCsv(ctx);
            return;
        }
        // bulk pricing: explanations only on request (10,000 explained stones are ~17 MB and ~2.5 s)
        boolean explain = explain(ctx, false);
        JsonNode body = Json.parse(bodies.read(ctx));
        if (!body.isArray()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "expected a JSON array of stones; for one stone"
                    + " use POST /api/v1/appraisals, for a CSV file send Content-Type: text/csv");
        }
        checkBatchSize(body.size());
        List<StoneParser.Parsed> parsed = new ArrayList<>(body.size());
        List<Diamond> valid = new ArrayList<>(body.size());
        for (JsonNode item : body) {
            StoneParser.Parsed p = StoneParser.parse(item);
            parsed.add(p);
            if (p.valid()) {
                valid.add(p.stone());
            }
        }
        List<AppraisalOutcome> outcomes = valid.isEmpty() ? List.of() : pricer.appraiseEach(valid, explain);
        List<BatchItem> items = new ArrayList<>(parsed.size());
        int next = 0;
        int appraised = 0;
        for (int i = 0; i < parsed.size(); i++) {
            StoneParser.Parsed p = parsed.get(i);
            if (!p.valid()) {
                items.add(BatchItemProblem.of(i, p.errors()));
                continue;
            }
            AppraisalOutcome outcome = outcomes.get(next++);
            if (outcome.isPriced()) {
                items.add(AppraisalResponse.of(outcome.appraisal()));
                appraised++;
            } else {
                items.add(BatchItemProblem.refused(i, outcome.refusal()));
            }
        }
        Json.ok(ctx, new BatchResponse(items, appraised, parsed.size() - appraised));
    }

    private void batchCsv(Context ctx) {
        String text = new String(bodies.read(ctx), StandardCharsets.UTF_8);
        checkBatchSize(dataLines(text));
        try {
            ctx.status(200).contentType(CSV + "; charset=utf-8").result(csv.appraise("request body", text));
        } catch (DataFileException e) {
            throw new ProblemException(ProblemType.INVALID_CSV, e.getMessage());
        }
    }

    private void checkBatchSize(int stones) {
        if (stones > maxBatchSize) {
            throw new ProblemException(ProblemType.TOO_LARGE, "the batch has " + stones
                    + " stones; this server accepts at most " + maxBatchSize + " per request. Split it");
        }
    }

    /** Non-blank lines after the header (a quoted field spanning lines is counted twice, which only errs high). */
    static int dataLines(String text) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                lines++;
            }
        }
        return Math.max(0, lines - 1);
    }

    private static boolean explain(Context ctx, boolean byDefault) {
        return flag(ctx, "explain", byDefault);
    }

    private static boolean flag(Context ctx, String name, boolean byDefault) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return byDefault;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ProblemException(ProblemType.BAD_REQUEST, name + " must be true or false, got '" + value + "'");
    }

    private static String describe(StoneParser.Parsed parsed) {
        int n = parsed.errors().size();
        return "the stone has " + n + (n == 1 ? " invalid field: " : " invalid fields: ")
                + String.join(", ", parsed.errors().stream().map(FieldError::field).distinct().toList());
    }
}
