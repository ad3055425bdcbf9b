package com.carato.register;

import java.util.Optional;

/**
 * The shop's record of every appraisal handed to a client. Entries are never edited or deleted; a
 * void is a separate note on an entry. Implementations: {@link JdbcRegister} (H2 file or PostgreSQL).
 */
public interface AppraisalRegister {

    /**
     * Records an appraisal as it was shown and returns its entry with the register number. Recording
     * an entry whose key is already recorded returns the entry recorded first (exactly once).
     */
    RegisterEntry record(NewEntry entry);

    /** The entry with this number, voided or not. */
    Optional<RegisterEntry> find(long number);

    /** The entry with this number, or a {@link RegisterException} naming the number. */
    default RegisterEntry get(long number) {
        return find(number).orElseThrow(() -> new RegisterException(RegisterException.Problem.UNKNOWN_NUMBER,
                "no register entry number " + number));
    }

    /** One page of entries matching the query, newest first; voided entries included. */
    RegisterPage search(RegisterQuery query);

    /** Voids an entry: who, why; the entry stays listed with its void. */
    RegisterEntry voidEntry(long number, String by, String reason);
}
