package com.carato.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text the engine hands to a person, kept as a code and its arguments so that each interface
 * renders it in its own language ({@link EngineTexts}): the app in the user's, the CLI and REST in
 * English with the code beside it. Arguments are numbers, texts or other messages.
 */
public final class Message {

    private final MessageCode code;
    private final List<Object> args;

    public Message(MessageCode code, Object... args) {
        this.code = Objects.requireNonNull(code, "code");
        for (Object a : args) {
            Objects.requireNonNull(a, () -> "argument of " + code.code());
        }
        this.args = List.of(args);
    }

    public static Message of(MessageCode code, Object... args) {
        return new Message(code, args);
    }

    public MessageCode code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    /** The English text (what the CLI, REST and logs show). */
    public String english() {
        return EngineTexts.ENGLISH.render(this);
    }

    /** The English text: a message in a log or an exception reads as before. */
    @Override
    public String toString() {
        return english();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && m.code.equals(code) && m.args.equals(args);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + Arrays.hashCode(args.toArray());
    }
}
