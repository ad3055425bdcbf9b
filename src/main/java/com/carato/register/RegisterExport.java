package com.carato.register;

import com.carato.domain.Appraisal;
import com.carato.domain.AppraisalWarning;
import com.carato.domain.Diamond;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The register written out: a CSV of the listed entries for a spreadsheet, and the full backup
 * (JSON Lines, one entry per line with its whole appraisal and its void) that
 * {@code carato register import} restores with the same numbers.
 */
public final class RegisterExport {

    /** The CSV's columns. */
    public static final List<String> CSV_HEADER = List.of("number", "recorded_at", "workstation", "salesperson",
            "client", "carat", "cut", "color", "clarity", "depth", "table", "x", "y", "z", "price", "price_low",
            "price_high", "model", "warnings", "sheet", "voided_at", "voided_by", "void_reason");

    private static final ObjectMapper MAPPER = AppraisalJson.MAPPER;

    private RegisterExport() {
    }

    public static String csvHeader() {
        return String.join(",", CSV_HEADER);
    }

    /** One entry as a CSV line (no line end), numbers in plain notation. */
    public static String csvLine(RegisterEntry e) {
        Appraisal a = e.appraisal();
        Diamond d = a.diamond();
        Voiding v = e.voiding();
        String warnings = a.warnings().stream().map(AppraisalWarning::message).collect(Collectors.joining("; "));
        return String.join(",", List.of(String.valueOf(e.number()), e.at().toString(), quote(e.workstation()),
                quote(e.salesperson()), quote(e.client()), num(d.carat()), d.cut().name(), d.color().name(),
                d.clarity().name(), num(d.depth()), num(d.table()), num(d.x()), num(d.y()), num(d.z()),
                money(a.price()), money(a.range().low()), money(a.range().high()), quote(a.model().id()),
                quote(warnings), quote(e.sheetNumber()), v == null ? "" : v.at().toString(),
                v == null ? "" : quote(v.by()), v == null ? "" : quote(v.reason())));
    }

    /**
     * Writes the CSV of every entry matching {@code query} when the export starts, newest first, to
     * {@code file} atomically (a failed or cancelled export leaves no half file); returns how many. {@code written} hears the count after each page; when {@code cancelled} turns true
     * the export stops with a {@link java.util.concurrent.CancellationException}.
     */
    public static long csvTo(AppraisalRegister register, RegisterQuery query, java.nio.file.Path file,
                             java.util.function.LongConsumer written, java.util.function.BooleanSupplier cancelled)
            throws IOException {
        long[] count = new long[1];
        com.carato.data.AtomicFiles.write(file, out -> count[0] = csv(register, query, out, written, cancelled));
        return count[0];
    }

    /** The CSV of {@link #csvTo}, header first, to a stream; returns how many entries. */
    public static long csv(AppraisalRegister register, RegisterQuery query, OutputStream out,
                           java.util.function.LongConsumer written, java.util.function.BooleanSupplier cancelled)
            throws IOException {
        out.write((csvHeader() + "\n").getBytes(StandardCharsets.UTF_8));
        long count = 0;
        // keyset paging, newest first: each page starts below the last number written, so a page costs
        // the same at the end of a million entries as at the start, and entries recorded during the
        // export (numbered above the first page) neither shift the pages nor appear twice
        RegisterQuery next = query.page(1, RegisterQuery.MAX_PAGE_SIZE);
        RegisterPage found;
        do {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("export cancelled after " + count + " entries");
            }
            found = register.search(next);
            if (!found.entries().isEmpty()) {
                next = next.belowNumber(found.entries().get(found.entries().size() - 1).number());
            }
            StringBuilder lines = new StringBuilder();
            for (RegisterEntry e : found.entries()) {
                lines.append(csvLine(e)).append('\n');
            }
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            count += found.entries().size();
            written.accept(count);
        } while (found.hasMore());
        return count;
    }

    /** Writes the backup to {@code file} atomically (a failed export leaves no half file); returns how many. */
    public static long backupTo(JdbcRegister register, java.nio.file.Path file) throws IOException {
        long[] count = new long[1];
        com.carato.data.AtomicFiles.write(file, out -> count[0] = backup(register, out));
        return count[0];
    }

    /** Writes the backup of every entry, oldest first, as JSON Lines; returns how many. */
    public static long backup(JdbcRegister register, OutputStream out) throws IOException {
        long[] count = new long[1];
        try {
            register.forEach(e -> {
                try {
                    out.write(jsonLine(e).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    count[0]++;
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    /** Reads one line of a backup; {@code line} is its line number, for the message. */
    public static RegisterEntry parseLine(String source, int line, String json) {
        try {
            com.fasterxml.jackson.databind.JsonNode n = MAPPER.readTree(json);
            com.fasterxml.jackson.databind.JsonNode v = n.get("void");
            Voiding voiding = v == null || v.isNull() ? null
                    : new Voiding(java.time.Instant.parse(v.get("at").asText()), v.get("by").asText(), v.get("reason").asText());
            return new RegisterEntry(n.get("number").asLong(), java.util.UUID.fromString(n.get("key").asText()),
                    java.time.Instant.parse(n.get("at").asText()), n.get("workstation").asText(),
                    n.get("salesperson").asText(), text(n, "client"), Locale.forLanguageTag(n.get("language").asText()),
                    text(n, "sheetNumber"), MAPPER.treeToValue(n.get("appraisal"), Appraisal.class), voiding);
        } catch (IOException | RuntimeException e) {
            throw new RegisterException(RegisterException.Problem.BAD_INPUT,
                    source + ", line " + line + ": not a register backup entry (" + e.getMessage() + ")", e);
        }
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode n, String field) {
        com.fasterxml.jackson.databind.JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String jsonLine(RegisterEntry e) throws IOException {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("number", e.number());
        n.put("key", e.key().toString());
        n.put("at", e.at().toString());
        n.put("workstation", e.workstation());
        n.put("salesperson", e.salesperson());
        n.put("client", e.client());
        n.put("language", e.language().toLanguageTag());
        n.put("sheetNumber", e.sheetNumber());
        n.set("appraisal", MAPPER.valueToTree(e.appraisal()));
        if (e.voiding() != null) {
            ObjectNode v = n.putObject("void");
            v.put("at", e.voiding().at().toString());
            v.put("by", e.voiding().by());
            v.put("reason", e.voiding().reason());
        }
        return MAPPER.writeValueAsString(n);
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** RFC 4180 quoting where a field needs it (the data layer's rule, as in the rejected-rows CSV). */
    static String quote(String value) {
        return value == null ? "" : com.carato.data.RejectedRows.quote(value);
    }
}
