package com.carato.service;

import com.carato.data.DataFileException;
import com.carato.data.ImportReport;
import com.carato.data.ImportedRow;
import com.carato.data.PriceRule;
import com.carato.data.StoneCsvReader;
import com.carato.domain.Appraisal;
import com.carato.domain.AppraisalWarning;
import com.carato.domain.Diamond;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Appraises a CSV of stones into a CSV: the input's columns, then {@code predicted_price},
 * {@code price_low}, {@code price_high}, {@code error} and {@code warnings}, one output row per
 * input row in the same order. A row that fails validation keeps its values, gets its reasons in
 * {@code error} and empty prices; so does a valid stone the model refuses to price (beyond its
 * limits: the reason names the limit). {@code warnings} holds the appraisal's warnings in English,
 * joined by {@value #WARNING_SEPARATOR} (empty when none). The output uses the input's separator and
 * decimal mark, so a file exported from an Italian spreadsheet opens back in it. Used by
 * {@code carato appraise} and the REST batch endpoint.
 */
public final class CsvAppraisal {

    public static final List<String> ADDED_COLUMNS =
            List.of("predicted_price", "price_low", "price_high", "error", "warnings");

    /** Between two warnings in the {@code warnings} column. */
    public static final String WARNING_SEPARATOR = " | ";

    /** Prices the valid stones of a file: one outcome per stone, in order, from one model version. */
    private final Function<List<Diamond>, List<AppraisalOutcome>> pricer;

    public CsvAppraisal(Appraiser appraiser) {
        this(stones -> appraiser.appraiseEach(stones, false));
        Objects.requireNonNull(appraiser);
    }

    /**
     * Over any pricer: it gets the file's valid stones and answers one outcome per stone, in order
     * (the REST server passes its own; tests, a model that refuses some stones).
     */
    public CsvAppraisal(Function<List<Diamond>, List<AppraisalOutcome>> pricer) {
        this.pricer = Objects.requireNonNull(pricer);
    }

    /**
     * Counts of one batch.
     *
     * @param rows      data rows read
     * @param appraised rows priced
     * @param failed    rows with an error instead of a price: invalid, or refused by the model
     * @param refused   of the failed rows, the valid stones the model refused to price
     * @param warned    of the appraised rows, those with at least one warning
     */
    public record Result(int rows, int appraised, int failed, int refused, int warned) {
    }

    /** Appraises {@code input} into {@code output}, written atomically (temporary file, then move). */
    public Result appraise(Path input, Path output) throws DataFileException, IOException {
        Path absolute = output.toAbsolutePath();
        if (absolute.getParent() == null || Files.isDirectory(absolute)) {
            throw new IOException("not a file to write: " + output);
        }
        ImportReport report = new StoneCsvReader(PriceRule.IGNORED).read(input);
        StringBuilder csv = new StringBuilder();
        Result result = write(report, csv);
        com.carato.data.AtomicFiles.write(absolute, csv.toString().getBytes(StandardCharsets.UTF_8));
        return result;
    }

    /** Appraises CSV text (the REST batch endpoint); returns CSV text. */
    public String appraise(String source, String csvText) throws DataFileException {
        ImportReport report = new StoneCsvReader(PriceRule.IGNORED).read(source, csvText);
        StringBuilder csv = new StringBuilder();
        write(report, csv);
        return csv.toString();
    }

    private Result write(ImportReport report, StringBuilder out) {
        char sep = report.separator();
        List<String> header = new ArrayList<>(report.header());
        header.addAll(ADDED_COLUMNS);
        line(out, header, sep);
        // one call for the whole file, so that one model version prices every row
        List<Diamond> valid = report.rows().stream().filter(ImportedRow::accepted).map(ImportedRow::diamond).toList();
        List<AppraisalOutcome> outcomes = valid.isEmpty() ? List.of() : pricer.apply(valid);
        int next = 0;
        int appraised = 0;
        int failed = 0;
        int refused = 0;
        int warned = 0;
        for (ImportedRow row : report.rows()) {
            List<String> cells = new ArrayList<>(row.values().size() == report.header().size()
                    ? row.values() : blanks(report.header().size()));
            AppraisalOutcome outcome = row.accepted() ? outcomes.get(next++) : null;
            if (outcome != null && outcome.isPriced()) {
                Appraisal a = outcome.appraisal();
                cells.add(money(a.price()));
                cells.add(money(a.range().low()));
                cells.add(money(a.range().high()));
                cells.add("");
                cells.add(warnings(a));
                appraised++;
                warned += a.warnings().isEmpty() ? 0 : 1;
            } else {
                cells.addAll(List.of("", "", ""));
                cells.add("line " + row.line() + ": " + (outcome == null ? coded(row.said())
                        : "outside the model: " + coded(outcome.refusal().errors())));
                cells.add("");
                failed++;
                refused += outcome == null ? 0 : 1;
            }
            line(out, cells, sep);
        }
        return new Result(report.rows().size(), appraised, failed, refused, warned);
    }

    /** Each reason in English with its stable code, as the CLI prints them: {@code carat: … [field.code]}. */
    static String coded(List<com.carato.domain.FieldError> said) {
        return said.stream().map(e -> ("row".equals(e.field()) ? e.message() : e.field() + ": " + e.message())
                + " [" + e.code() + "]").collect(Collectors.joining("; "));
    }

    /** The warnings' English messages, joined; empty when none. */
    static String warnings(Appraisal a) {
        return a.warnings().stream().map(AppraisalWarning::message).collect(Collectors.joining(WARNING_SEPARATOR));
    }

    private static List<String> blanks(int n) {
        List<String> b = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            b.add("");
        }
        return b;
    }

    /** Whole dollars: appraisals are quoted to the dollar. */
    private static String money(double v) {
        return String.format(Locale.ROOT, "%d", Math.round(v));
    }

    private static void line(StringBuilder out, List<String> cells, char sep) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(sep);
            }
            String cell = cells.get(i);
            if (cell.indexOf(sep) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append('\n');
    }
}
