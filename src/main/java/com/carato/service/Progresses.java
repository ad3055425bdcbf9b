package com.carato.service;

import com.carato.domain.Message;

/** Progress helpers. */
final class Progresses {

    private Progresses() {
    }

    /** Maps a step's own [0, 1] onto [from, to] of the whole; cancellation passes through. */
    static Progress scaled(Progress whole, double from, double to) {
        return new Progress() {
            @Override
            public void update(Message stage, double fraction) {
                whole.update(stage, from + (to - from) * Math.max(0, Math.min(1, fraction)));
            }

            @Override
            public boolean cancelled() {
                return whole.cancelled();
            }
        };
    }
}
