package com.carato.cli;

import com.carato.data.DataFileException;
import com.carato.data.ImportReport;
import com.carato.data.ImportedRow;
import com.carato.domain.FieldError;
import com.carato.service.StoneData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code carato check FILE}: validates a file of stones and prints the report. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate a CSV file of stones: counts, rejected rows with reasons, duplicates, warnings.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file was read (even if rows were rejected)", "1:file-level error", "2:usage error"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "CSV file of stones (',' or ';' separated)")
    Path file;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ImportReport report;
        try {
            report = new StoneData().check(file);
        } catch (DataFileException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FILE_ERROR;
        }
        if (json) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, toJson(report));
            out.println();
        } else {
            printText(out, report);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void printText(PrintWriter out, ImportReport report) {
        out.printf("%s (%s)%n", report.source(), describeFormat(report));
        out.println(report.summary());
        section(out, "Rejected rows", report.rejected(), true);
        if (!report.duplicates().isEmpty()) {
            out.printf("%nDuplicates (%,d, kept once for training):%n", report.duplicateCount());
            report.duplicates().forEach(r -> out.printf("  line %d: exact duplicate of line %d%n",
                    r.line(), r.duplicateOf()));
        }
        section(out, "Warnings", report.suspicious(), false);
    }

    private static void section(PrintWriter out, String title, List<ImportedRow> rows, boolean errors) {
        if (rows.isEmpty()) {
            return;
        }
        out.printf("%n%s (%,d):%n", title, rows.size());
        for (ImportedRow row : rows) {
            for (FieldError reason : errors ? row.errors() : row.warnings()) {
                out.printf("  line %d: %s%n", row.line(), reason);
            }
        }
    }

    private static String describeFormat(ImportReport report) {
        String separator = switch (report.separator()) {
            case ';' -> "semicolon-separated";
            case '\t' -> "tab-separated";
            default -> "comma-separated";
        };
        return separator + (report.decimalComma() ? ", decimal comma" : "")
                + (report.hasPrice() ? ", with prices" : ", no prices");
    }

    private static Map<String, Object> toJson(ImportReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", report.source());
        json.put("separator", String.valueOf(report.separator()));
        json.put("decimalComma", report.decimalComma());
        json.put("rows", report.rows().size());
        json.put("accepted", report.acceptedCount());
        json.put("rejected", report.rejectedCount());
        json.put("duplicates", report.duplicateCount());
        json.put("warnings", report.warningCount());
        json.put("rejectedRows", report.rejected().stream().map(r -> rowJson(report, r, r.errors())).toList());
        json.put("duplicateRows", report.duplicates().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", r.line());
            m.put("duplicateOf", r.duplicateOf());
            return m;
        }).toList());
        json.put("warningRows", report.suspicious().stream().map(r -> rowJson(report, r, r.warnings())).toList());
        return json;
    }

    private static Map<String, Object> rowJson(ImportReport report, ImportedRow row, List<FieldError> reasons) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", row.line());
        Map<String, String> values = new LinkedHashMap<>();
        if (row.values().size() == report.header().size()) {
            for (int i = 0; i < row.values().size(); i++) {
                values.put(report.header().get(i), row.values().get(i));
            }
        } else {
            values.put("raw", String.join(String.valueOf(report.separator()), row.values()));
        }
        m.put("values", values);
        m.put("reasons", reasons.stream().map(e -> {
            Map<String, String> reason = new LinkedHashMap<>();
            reason.put("field", e.field());
            reason.put("code", e.code());
            reason.put("message", e.message());
            return reason;
        }).toList());
        return m;
    }
}
