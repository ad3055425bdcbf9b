package com.carato.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The rejected rows of one or more imports as a CSV file ({@code file,line,field,code,reason,row}:
 * the stable code of the reason, then its English text), one
 * line per reason, so that a spreadsheet can filter them: nothing rejected is lost.
 */
public final class RejectedRows {

    public static final String HEADER = "file,line,field,code,reason,row";

    private RejectedRows() {
    }

    /** The CSV text for the rejected rows of these reports (only the header when there are none). */
    public static String csv(List<ImportReport> reports) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (ImportReport report : reports) {
            String separator = String.valueOf(report.separator());
            for (ImportedRow row : report.rejected()) {
                String raw = String.join(separator, row.values());
                row.errors().forEach(error -> csv.append(quote(report.source())).append(',').append(row.line())
                        .append(',').append(quote(error.field())).append(',').append(error.code())
                        .append(',').append(quote(error.message()))
                        .append(',').append(quote(raw)).append('\n'));
            }
        }
        return csv.toString();
    }

    /** Number of rejected rows in these reports. */
    public static int count(List<ImportReport> reports) {
        return reports.stream().mapToInt(ImportReport::rejectedCount).sum();
    }

    /** Writes {@link #csv} atomically. */
    public static void write(Path file, List<ImportReport> reports) throws IOException {
        AtomicFiles.write(file, csv(reports).getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV field, quoted (RFC 4180) when it holds a separator, a quote or a line break. */
    public static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0
                && value.indexOf(';') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
