package com.carato.register;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * What the counter gets back when it records an appraisal: the register number, or, while the
 * shop database cannot be reached, a note that the entry waits in this workstation's outbox (it
 * gets its number when it is sent).
 */
public record Receipt(UUID key, OptionalLong number) {

    public static Receipt recorded(RegisterEntry entry) {
        return new Receipt(entry.key(), OptionalLong.of(entry.number()));
    }

    public static Receipt pending(NewEntry entry) {
        return new Receipt(entry.key(), OptionalLong.empty());
    }

    public boolean pending() {
        return number.isEmpty();
    }
}
