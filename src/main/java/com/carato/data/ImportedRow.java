package com.carato.data;

import com.carato.domain.Diamond;
import com.carato.domain.FieldError;
import com.carato.domain.FieldProblem;
import com.carato.domain.PricedStone;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One data row of an imported file, kept whatever happened to it.
 *
 * @param line        physical line number in the file (the header is line 1)
 * @param values      the raw texts of the row, in the file's column order
 * @param diamond     the stone, or null when the row was rejected
 * @param price       the appraised price, or NaN when there is none (or it was invalid)
 * @param errors      why the row was rejected; empty for an accepted row
 * @param warnings    what is suspicious about an accepted row's values (depth vs x/y/z, weight vs size)
 * @param duplicateOf line of an earlier identical row, or 0
 */
public record ImportedRow(int line, List<String> values, Diamond diamond, double price,
                          List<FieldError> errors, List<FieldError> warnings, int duplicateOf) {

    public ImportedRow {
        values = List.copyOf(values);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (diamond == null && errors.isEmpty()) {
            throw new IllegalArgumentException("a rejected row needs a reason (line " + line + ")");
        }
    }

    public boolean accepted() {
        return diamond != null;
    }

    public boolean isDuplicate() {
        return duplicateOf > 0;
    }

    public OptionalDouble priceIfKnown() {
        return Double.isNaN(price) ? OptionalDouble.empty() : OptionalDouble.of(price);
    }

    /** The stone with its price, when the row was accepted and has one. */
    public Optional<PricedStone> pricedStone() {
        return accepted() && !Double.isNaN(price) ? Optional.of(new PricedStone(diamond, price)) : Optional.empty();
    }

    /** Whether an accepted row deserves a second look: suspicious values or a duplicate. */
    public boolean flagged() {
        return accepted() && (isDuplicate() || !warnings.isEmpty());
    }

    /**
     * Everything said about the row (errors, or warnings and duplication) as field and message, in
     * the file's column order; field {@code row} for what concerns the whole row.
     */
    public List<FieldError> said() {
        List<FieldError> said = new java.util.ArrayList<>(accepted() ? warnings : errors);
        if (isDuplicate()) {
            said.add(new FieldError("row", FieldProblem.DUPLICATE, duplicateOf));
        }
        return said;
    }

    /** Everything said about the row in English ("field: reason", a duplicate without field), for one-line display. */
    public List<String> reasonList() {
        return said().stream().map(e -> e.problem().code() == FieldProblem.DUPLICATE ? e.message() : e.toString())
                .toList();
    }

    /** All reasons joined, in English, for one-line display. */
    public String reasons() {
        return String.join("; ", reasonList());
    }
}
