package com.carato.http;

import com.carato.domain.Diamond;
import com.carato.register.RegisterEntry;
import com.carato.register.RegisterPage;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * One register entry over REST: who priced which stone when, and the appraisal exactly as it was
 * given (never recomputed).
 *
 * @param voided absent unless the entry was voided
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RegisterEntryResponse(long number, Instant recordedAt, String workstation, String salesperson, String client,
                             String sheetNumber, String language, Stone stone, AppraisalResponse appraisal,
                             Voided voided) {

    record Stone(double carat, String cut, String color, String clarity, double depth, double table, double x,
                 double y, double z) {
    }

    record Voided(Instant at, String by, String reason) {
    }

    /** A page of entries, newest first. */
    record Page(List<RegisterEntryResponse> entries, int page, int pageSize, boolean hasMore) {
        static Page of(RegisterPage p) {
            return new Page(p.entries().stream().map(RegisterEntryResponse::of).toList(), p.page(), p.pageSize(),
                    p.hasMore());
        }
    }

    static RegisterEntryResponse of(RegisterEntry e) {
        Diamond d = e.appraisal().diamond();
        return new RegisterEntryResponse(e.number(), e.at(), e.workstation(), e.salesperson(), e.client(),
                e.sheetNumber(), e.language().toLanguageTag(),
                new Stone(d.carat(), d.cut().label(), d.color().name(), d.clarity().name(), d.depth(), d.table(),
                        d.x(), d.y(), d.z()),
                AppraisalResponse.of(e.appraisal()),
                e.voided() ? new Voided(e.voiding().at(), e.voiding().by(), e.voiding().reason()) : null);
    }
}
