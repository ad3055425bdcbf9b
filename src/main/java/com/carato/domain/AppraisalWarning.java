package com.carato.domain;

import java.util.List;

/**
 * A reason to be careful with a price.
 *
 * @param code    stable identifier ("carat-above-range", "unseen-combination", ...) for translations and clients
 * @param message the warning in English
 * @param args    the values in the message, in order, for translated texts
 */
public record AppraisalWarning(String code, String message, List<String> args) {
    public AppraisalWarning {
        args = List.copyOf(args);
    }

    @Override
    public String toString() {
        return message;
    }
}
