package com.carato.cli;

import com.carato.domain.Message;

/** How the CLI prints an engine text: in English with its stable code, {@code text [code]}. */
final class Coded {

    private Coded() {
    }

    static String text(Message message) {
        return message.english() + " [" + message.code().code() + "]";
    }
}
