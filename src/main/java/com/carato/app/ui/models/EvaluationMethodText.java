package com.carato.app.ui.models;

import com.carato.app.ui.common.Messages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a model was measured, in the user's language. The manifest keeps the sentence in English
 * (it is a record read by the CLI, REST and the report); the two forms training and retraining
 * write are recognised here and said again from the bundle with their numbers. An unknown form (a
 * bundle from another version) is shown as it is.
 */
final class EvaluationMethodText {

    private static final Pattern FORM = Pattern.compile("evaluated on ([\\d,]+) held-out (new )?stones \\(every (\\d+)th"
            + "(?: data row of the file| new stone found nowhere else, on which (\\S+) was compared)\\)"
            + "(?: \\(([\\d,]+) more beyond its weight limits, not priced\\))?"
            + " with a model trained on ([\\d,]+); this model trained on ([\\d,]+)");

    private EvaluationMethodText() {
    }

    static String render(String english, Messages messages) {
        if (english == null) {
            return "";
        }
        Matcher m = FORM.matcher(english);
        if (!m.matches()) {
            return english;
        }
        int heldOut = number(m.group(1));
        int every = Integer.parseInt(m.group(3));
        int trainedOn = number(m.group(6));
        int all = number(m.group(7));
        String text = m.group(2) == null
                ? messages.format("models.method.reference", heldOut, every, trainedOn, all)
                : messages.format("models.method.retrain", heldOut, every, m.group(4), trainedOn, all);
        if (m.group(5) != null) {
            text += " " + messages.format("models.method.refused", number(m.group(5)));
        }
        return text;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits.replace(",", ""));
    }
}
