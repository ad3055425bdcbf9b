package com.carato.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small validator for the subset of OpenAPI 3.0 schemas that openapi.json uses: $ref, type,
 * properties, required, additionalProperties, items, enum, oneOf. Enough to hold the document and
 * the real answers to each other.
 */
final class SchemaCheck {

    private final JsonNode document;

    SchemaCheck(JsonNode document) {
        this.document = document;
    }

    /** Every mismatch between {@code value} and {@code schema}, as "path: problem"; empty when it matches. */
    List<String> check(JsonNode value, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", problems);
        return problems;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = document.at(ref.substring(1));
            if (schema.isMissingNode()) {
                throw new AssertionError("dangling $ref " + ref);
            }
        }
        return schema;
    }

    private void check(JsonNode value, JsonNode schemaOrRef, String path, List<String> problems) {
        JsonNode schema = resolve(schemaOrRef);
        if (schema.has("oneOf")) {
            int matches = 0;
            for (JsonNode option : schema.get("oneOf")) {
                if (check(value, option).isEmpty()) {
                    matches++;
                }
            }
            if (matches != 1) {
                problems.add(path + ": matches " + matches + " of the oneOf schemas, not exactly one");
            }
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> object(value, schema, path, problems);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(path + ": expected an array, got " + value.getNodeType());
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), schema.get("items"), path + "[" + i + "]", problems);
                }
            }
            case "string" -> expect(value.isTextual(), value, path, "a string", problems);
            case "number" -> expect(value.isNumber(), value, path, "a number", problems);
            case "integer" -> expect(value.isIntegralNumber(), value, path, "an integer", problems);
            case "boolean" -> expect(value.isBoolean(), value, path, "a boolean", problems);
            default -> problems.add(path + ": the schema has no type");
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode allowed : schema.get("enum")) {
                found |= allowed.equals(value);
            }
            if (!found) {
                problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
    }

    private void object(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (!value.isObject()) {
            problems.add(path + ": expected an object, got " + value.getNodeType());
            return;
        }
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(path + ": missing required " + required.asText());
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String where = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), where, problems);
            } else if (additional != null && additional.isObject()) {
                check(field.getValue(), additional, where, problems);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                problems.add(where + ": not in the schema");
            }
        }
    }

    private static void expect(boolean ok, JsonNode value, String path, String what, List<String> problems) {
        if (!ok) {
            problems.add(path + ": expected " + what + ", got " + value);
        }
    }
}
