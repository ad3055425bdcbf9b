package com.carato.service;

import com.carato.domain.Message;

import java.util.List;

/**
 * What the promotion rule says.
 *
 * @param promote true when the challenger should replace the champion
 * @param reasons each check and its outcome ({@link com.carato.domain.VerdictReason})
 */
public record Verdict(boolean promote, List<Message> reasons) {

    public Verdict {
        reasons = List.copyOf(reasons);
    }

    /** One line: "promote: …" or "keep: …". */
    public String summary() {
        return (promote ? "promote: " : "keep: ") + String.join("; ", reasons.stream().map(Message::english).toList());
    }
}
