package com.carato.cli;

import com.carato.domain.Message;
import com.carato.service.Progress;

import java.io.PrintWriter;

/** Prints each new stage of long work with its overall percentage, one line per stage. */
final class StageProgress implements Progress {

    private final PrintWriter err;
    private String last = "";

    StageProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(Message stage, double fraction) {
        String text = Coded.text(stage);
        if (!text.equals(last)) {
            last = text;
            err.printf("  %3.0f%%  %s%n", fraction * 100, text);
            err.flush();
        }
    }
}
