package com.carato.cli;

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
    public void update(String stage, double fraction) {
        if (!stage.equals(last)) {
            last = stage;
            err.printf("  %3.0f%%  %s%n", fraction * 100, stage);
            err.flush();
        }
    }
}
