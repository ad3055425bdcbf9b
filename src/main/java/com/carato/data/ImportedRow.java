package com.carato.data;

import com.carato.domain.Diamond;
import com.carato.domain.FieldError;
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

    /** Everything said about the row (errors, or warnings and duplication), for one-line display. */
    public List<String> reasonList() {
        List<String> reasons = new java.util.ArrayList<>();
        (accepted() ? warnings : errors).forEach(e -> reasons.add(e.toString()));
        if (isDuplicate()) {
            reasons.add("exact duplicate of line " + duplicateOf);
        }
        return reasons;
    }

    /** All reasons joined, for one-line display. */
    public String reasons() {
        return String.join("; ", reasonList());
    }
}
