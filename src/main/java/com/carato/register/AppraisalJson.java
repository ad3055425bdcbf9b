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

    /** The register's one JSON mapper (appraisals, outbox entries, backups). */
    static final ObjectMapper MAPPER = new ObjectMapper()
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

    /** An entry waiting in the outbox, as JSON. */
    static byte[] writeEntry(NewEntry entry) {
        try {
            return MAPPER.writeValueAsBytes(new Pending(entry.key().toString(), entry.at().toString(),
                    entry.workstation(), entry.salesperson(), entry.client(), entry.language().toLanguageTag(),
                    entry.sheetNumber(), entry.appraisal()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write entry as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** An entry read back from the outbox file {@code name}. */
    static NewEntry readEntry(String name, byte[] json) {
        try {
            Pending p = MAPPER.readValue(json, Pending.class);
            return new NewEntry(java.util.UUID.fromString(p.key()), java.time.Instant.parse(p.at()), p.workstation(),
                    p.salesperson(), p.client(), java.util.Locale.forLanguageTag(p.language()), p.sheetNumber(),
                    p.appraisal());
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("outbox entry " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The outbox's file format: a {@link NewEntry} with plain texts for key, time and language. */
    record Pending(String key, String at, String workstation, String salesperson, String client, String language,
                   String sheetNumber, Appraisal appraisal) {
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
