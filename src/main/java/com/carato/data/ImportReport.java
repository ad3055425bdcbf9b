package com.carato.data;

import com.carato.domain.PricedStone;

import java.util.List;

/**
 * The outcome of reading one file of stones: every data row, accepted or rejected, in file order.
 * Nothing is dropped: a rejected row keeps its line number, raw values and every reason.
 *
 * @param source       the file name or path it came from
 * @param separator    the field separator found in the header (',' ';' or tab)
 * @param decimalComma true when numbers were read with ',' as the decimal mark (Italian export)
 * @param header       column names as written in the file
 * @param hasPrice     true when prices were read and validated
 * @param rows         every data row, in file order
 */
public record ImportReport(String source, char separator, boolean decimalComma, List<String> header,
                           boolean hasPrice, List<ImportedRow> rows) {

    public ImportReport {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public List<ImportedRow> accepted() {
        return rows.stream().filter(ImportedRow::accepted).toList();
    }

    public List<ImportedRow> rejected() {
        return rows.stream().filter(r -> !r.accepted()).toList();
    }

    /** Accepted rows that repeat an earlier accepted row exactly. */
    public List<ImportedRow> duplicates() {
        return rows.stream().filter(ImportedRow::isDuplicate).toList();
    }

    /** Accepted rows with suspicious values (each with at least one warning). */
    public List<ImportedRow> suspicious() {
        return rows.stream().filter(r -> r.accepted() && !r.warnings().isEmpty()).toList();
    }

    /** Accepted rows worth a second look: suspicious values or duplicates. */
    public List<ImportedRow> flagged() {
        return rows.stream().filter(ImportedRow::flagged).toList();
    }

    public int acceptedCount() {
        return (int) rows.stream().filter(ImportedRow::accepted).count();
    }

    public int rejectedCount() {
        return rows.size() - acceptedCount();
    }

    public int duplicateCount() {
        return (int) rows.stream().filter(ImportedRow::isDuplicate).count();
    }

    /** Number of accepted rows with suspicious values. */
    public int warningCount() {
        return (int) rows.stream().filter(r -> r.accepted() && !r.warnings().isEmpty()).count();
    }

    /**
     * The accepted stones with a price, each distinct stone once (exact duplicates removed): what a
     * model may learn from.
     */
    public List<PricedStone> trainingStones() {
        return rows.stream()
                .filter(r -> !r.isDuplicate())
                .flatMap(r -> r.pricedStone().stream())
                .toList();
    }

    /** One line, e.g. "5,000 rows: 4,987 accepted, 13 rejected, 1 duplicate, 10 warnings". */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%,d rows: %,d accepted, %,d rejected, %,d duplicate%s, %,d warning%s",
                rows.size(), acceptedCount(), rejectedCount(),
                duplicateCount(), duplicateCount() == 1 ? "" : "s",
                warningCount(), warningCount() == 1 ? "" : "s");
    }
}
