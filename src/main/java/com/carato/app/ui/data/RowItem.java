package com.carato.app.ui.data;

import com.carato.data.ImportedRow;
import com.carato.domain.FieldError;

import java.util.List;
import java.util.Map;

/**
 * One row of the data table as shown: its line, its status and its values by column.
 *
 * @param line    line in the file
 * @param status  accepted, rejected or flagged
 * @param values  raw texts by lower-case column name
 * @param said    why it was rejected or flagged (codes, rendered by {@code Messages.engine}), empty otherwise
 */
public record RowItem(int line, Status status, Map<String, String> values, List<FieldError> said) {

    public enum Status { ACCEPTED, FLAGGED, REJECTED }

    public String value(String column) {
        return values.getOrDefault(column, "");
    }

    static RowItem of(List<String> header, ImportedRow row) {
        Map<String, String> values = new java.util.HashMap<>();
        if (row.values().size() == header.size()) {
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i).toLowerCase(java.util.Locale.ROOT), row.values().get(i));
            }
        }
        Status status = !row.accepted() ? Status.REJECTED
                : row.flagged() ? Status.FLAGGED : Status.ACCEPTED;
        return new RowItem(row.line(), status, Map.copyOf(values), row.said());
    }
}
