package com.carato.app.present;

import com.carato.app.ui.common.Formats;
import com.carato.app.ui.common.Messages;
import com.carato.domain.PathStep;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

/** A decision path step in the user's language ("clarity VS1 or better", "purezza VS1 o migliore"). */
public final class PathTexts {

    private PathTexts() {
    }

    /** "7.25" in the user's notation ("7,25" in Italian); grades and units unchanged. */
    static String localNumber(String value, Formats formats) {
        if (!value.matches("-?\\d+(\\.\\d+)?")) {
            return value;
        }
        int dot = value.indexOf('.');
        return formats.number(Double.parseDouble(value), dot < 0 ? 0 : value.length() - dot - 1);
    }

    public static String of(PathStep step, Messages messages) {
        try {
            List<Object> args = new ArrayList<>();
            args.add(messages.get("path.name." + step.characteristic()));
            Formats formats = new Formats(messages.locale());
            for (String value : step.values()) {
                args.add(localNumber(value, formats));
            }
            return messages.format("path." + step.kind(), args.toArray());
        } catch (MissingResourceException e) {
            return step.condition();
        }
    }
}
