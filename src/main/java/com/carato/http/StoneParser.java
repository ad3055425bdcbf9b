package com.carato.http;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.FieldError;
import com.carato.domain.FieldProblem;
import com.carato.domain.UnknownGradeException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns one JSON stone into a {@link Diamond}, or into every reason why it is not one. Numbers must
 * be JSON numbers; grades are spelled as in the data ("Very Good", "VS1", "D"), case ignored.
 * Fields other than the nine characteristics (a price, an id of the caller's) are ignored.
 */
final class StoneParser {

    /** A parsed stone: {@code stone} when valid, else the invalid fields. */
    record Parsed(Diamond stone, List<FieldError> errors) {
        boolean valid() {
            return stone != null;
        }
    }

    private StoneParser() {
    }

    static Parsed parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            return new Parsed(null, List.of(new FieldError("stone", FieldProblem.JSON_NOT_OBJECT,
                    String.join(", ", Diamond.FIELDS), kind(node))));
        }
        List<FieldError> errors = new ArrayList<>();
        double carat = number(node, "carat", errors);
        Cut cut = grade(node, "cut", Cut::parse, errors);
        Color color = grade(node, "color", Color::parse, errors);
        Clarity clarity = grade(node, "clarity", Clarity::parse, errors);
        double depth = number(node, "depth", errors);
        double table = number(node, "table", errors);
        double x = number(node, "x", errors);
        double y = number(node, "y", errors);
        double z = number(node, "z", errors);
        if (!Diamond.checkUnreported(errors, carat, cut, color, clarity, depth, table, x, y, z)) {
            errors.sort((a, b) -> Integer.compare(Diamond.FIELDS.indexOf(a.field()), Diamond.FIELDS.indexOf(b.field())));
            return new Parsed(null, errors);
        }
        return new Parsed(new Diamond(carat, cut, color, clarity, depth, table, x, y, z), List.of());
    }

    private static double number(JsonNode node, String field, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            errors.add(new FieldError(field, FieldProblem.JSON_MISSING_NUMBER));
            return Double.NaN;
        }
        if (!value.isNumber()) {
            errors.add(new FieldError(field, FieldProblem.JSON_NOT_NUMBER, kind(value)));
            return Double.NaN;
        }
        return value.doubleValue();
    }

    private static <G> G grade(JsonNode node, String field, Function<String, G> parser, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isTextual()) {
            try {
                parser.apply("");
            } catch (UnknownGradeException e) {
                errors.add(value == null || value.isNull()
                        ? new FieldError(field, FieldProblem.JSON_MISSING_GRADE, e.validGrades())
                        : new FieldError(field, FieldProblem.JSON_NOT_TEXT, kind(value), e.validGrades()));
            }
            return null;
        }
        try {
            return parser.apply(value.asText());
        } catch (UnknownGradeException e) {
            errors.add(new FieldError(field, FieldProblem.JSON_UNKNOWN_GRADE, e.value(), e.validGrades()));
            return null;
        }
    }

    private static String kind(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            String text = value.asText();
            return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.toString();
    }
}
