package com.carato.domain;

/**
 * What can be wrong with one field of a stone or one row of a file: the checks of {@link Diamond} and
 * {@link PricedStone}, the CSV reader's (unreadable values, rows of the wrong length, duplicates),
 * the model's weight limits and the REST parser's. A {@link FieldError} carries one of these with
 * its arguments; numbers typed by the user are passed as the text they typed.
 */
public enum FieldProblem implements MessageCode {
    /** {0} the valid grades. */
    GRADE_MISSING("field.grade-missing", "missing; valid grades are {0}"),
    /** {0} the value (NaN, Infinity). */
    NOT_A_NUMBER_VALUE("field.not-a-number-value", "must be a number, got {0}"),
    /** {0} the weight as typed. */
    WEIGHT_NOT_POSITIVE("field.weight-not-positive", "zero or negative weight ({0})"),
    /** {0} the size as typed. */
    SIZE_NOT_POSITIVE("field.size-not-positive", "zero or negative size ({0})"),
    /** {0} the weight as typed, {1} the largest plausible weight. */
    WEIGHT_IMPLAUSIBLE("field.weight-implausible",
            "implausible weight ({0} ct): at most {1,number,#,##0} ct (a typo or another unit?)"),
    /** {0} the size as typed, {1} the largest plausible size. */
    SIZE_IMPLAUSIBLE("field.size-implausible",
            "implausible size ({0} mm): at most {1,number,#,##0} mm (a typo or another unit?)"),
    /** {0} the value as typed. */
    NOT_A_PERCENTAGE("field.not-a-percentage", "must be a percentage between 0 and 100, got {0}"),
    /** {0} weight, {1} x, {2} y, {3} z, {4} implied weight, {5} the limit in percent. */
    WEIGHT_SIZE_MISMATCH("field.weight-size-mismatch", "weight {0,number,0.00} ct disagrees with the size"
            + " {1,number,0.00} \u00d7 {2,number,0.00} \u00d7 {3,number,0.00} mm, which implies about {4,number,0.00} ct"
            + " (more than {5,number,0} % apart): check the weight and x, y, z"),
    /** Warning: {0} weight, {1} how far off in percent, {2} x, {3} y, {4} z, {5} implied weight, {6} threshold. */
    WEIGHT_SIZE_OFF("field.weight-size-off", "weight {0,number,0.00} ct is {1,number,0.0} % off the size"
            + " {2,number,0.00} \u00d7 {3,number,0.00} \u00d7 {4,number,0.00} mm, which implies about {5,number,0.00} ct"
            + " (more than {6,number,0} %): check the weight and x, y, z"),
    /** Warning: {0} depth as typed, {1} depth from x, y, z, {2} tolerance in points. */
    DEPTH_DISAGREES("field.depth-disagrees",
            "{0,number,0.0} disagrees with x, y, z, which give {1,number,0.0} (tolerance {2,number,0.0} points)"),
    /** {0} the price as typed. */
    PRICE_NOT_POSITIVE("field.price-not-positive", "no valid appraisal: price must be positive, got {0}"),
    /** {0} the price as typed, {1} the largest plausible price. */
    PRICE_IMPLAUSIBLE("field.price-implausible",
            "implausible price ({0}): at most {1,number,#,##0} dollars (a typo or another unit?)"),
    /** An empty cell. */
    MISSING_VALUE("field.missing-value", "missing value"),
    /** {0} the text, {1} read with the dot as thousands separator, {2} read as a decimal. */
    AMBIGUOUS_NUMBER("field.ambiguous-number", "ambiguous number ''{0}'': in this file (decimal comma) the dot"
            + " groups thousands, so it could be {1} or {2}; write it without the dot or with a decimal comma"),
    /** {0} the text. */
    NOT_A_NUMBER("field.not-a-number", "not a number: ''{0}''"),
    /** {0} the text (1e400). */
    NOT_FINITE("field.not-finite", "not a finite number: ''{0}''"),
    /** {0} the characteristic (cut, color, clarity), {1} the text, {2} the valid grades. */
    UNKNOWN_GRADE("field.unknown-grade", "unknown {0} ''{1}'': valid grades are {2} (worst to best)"),
    /** A row: {0} its number of fields, {1} the header's, {2} the separator. */
    FIELD_COUNT("row.field-count", "has {0,number,#} fields but the header has {1,number,#} (a value missing,"
            + " or a value containing ''{2}'' without quotes?)"),
    /** {0} the line of the earlier identical row. */
    DUPLICATE("row.duplicate", "exact duplicate of line {0,number,#}"),
    /** {0} the weight, {1} the heaviest priced, {2} the factor, {3} the heaviest learnt from (all as texts). */
    ABOVE_MODEL("field.above-model", "{0} ct is beyond the heaviest stone this model prices, {1} ct ({2} \u00d7 the"
            + " heaviest stone it learnt from, {3} ct); have it appraised by an expert"),
    /** {0} the weight, {1} the lightest priced, {2} the lightest learnt from, {3} the factor (all as texts). */
    BELOW_MODEL("field.below-model", "{0} ct is below the lightest stone this model prices, {1} ct (the lightest"
            + " stone it learnt from, {2} ct, divided by {3}); have it appraised by an expert"),
    /** REST: {0} the fields, {1} what was sent. */
    JSON_NOT_OBJECT("json.not-object", "must be a JSON object with the fields {0}, got {1}"),
    /** REST: a number field absent or null. */
    JSON_MISSING_NUMBER("json.missing-number", "missing; give a number"),
    /** REST: {0} what was sent. */
    JSON_NOT_NUMBER("json.not-number", "must be a JSON number, got {0}"),
    /** REST: {0} the valid grades. */
    JSON_MISSING_GRADE("json.missing-grade", "missing; valid grades are {0} (worst to best)"),
    /** REST: {0} what was sent, {1} the valid grades. */
    JSON_NOT_TEXT("json.not-text", "must be a text, got {0}; valid grades are {1} (worst to best)"),
    /** REST: {0} the text, {1} the valid grades. */
    JSON_UNKNOWN_GRADE("json.unknown-grade", "unknown grade ''{0}''; valid grades are {1} (worst to best)");

    private final String code;
    private final String english;

    FieldProblem(String code, String english) {
        this.code = code;
        this.english = english;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String english() {
        return english;
    }
}
