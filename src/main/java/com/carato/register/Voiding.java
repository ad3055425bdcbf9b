package com.carato.register;

import java.time.Instant;
import java.util.Objects;

/** Why, when and by whom a register entry was voided. The entry itself stays listed, unchanged. */
public record Voiding(Instant at, String by, String reason) {
    public Voiding {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(reason, "reason");
    }
}
