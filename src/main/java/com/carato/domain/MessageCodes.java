package com.carato.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@link MessageCode} by its stable code, for reading back a message that was stored (the
 * registry's history keeps what it said as codes and arguments).
 */
public final class MessageCodes {

    /** The enums of engine texts (a test checks that this list is every one of them). */
    static final List<Class<? extends Enum<?>>> ENUMS = List.of(FieldProblem.class, FileProblem.class,
            ProgressStage.class, RetrainProblem.class, VerdictReason.class, HistoryReason.class);

    private static final Map<String, MessageCode> BY_CODE = new HashMap<>();

    static {
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                MessageCode code = (MessageCode) constant;
                if (BY_CODE.put(code.code(), code) != null) {
                    throw new IllegalStateException("engine text code used twice: " + code.code());
                }
            }
        }
    }

    private MessageCodes() {
    }

    /** The code named {@code code}, if this version knows it (a newer version may have written it). */
    public static Optional<MessageCode> find(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
