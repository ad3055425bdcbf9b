package com.carato.register;

import com.carato.domain.Appraisal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * An appraisal as the register keeps it: the engine's whole answer (price, range, baseline,
 * contributions, decision path, comparables, warnings with their codes, model) as JSON, so that the
 * entry can be shown and its sheet reprinted exactly as on the day. Unknown fields are ignored so a
 * register written by a newer Carato stays readable.
 */
final class AppraisalJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AppraisalJson() {
    }

    static String write(Appraisal appraisal) {
        try {
            return MAPPER.writeValueAsString(appraisal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write appraisal as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Appraisal read(long number, String json) {
        try {
            return MAPPER.readValue(json, Appraisal.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("register entry " + number + ": its appraisal cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }
}
