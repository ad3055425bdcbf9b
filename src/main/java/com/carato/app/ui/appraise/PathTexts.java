package com.carato.app.ui.appraise;

import com.carato.app.ui.common.Messages;
import com.carato.domain.PathStep;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

/** A decision path step in the user's language ("clarity VS1 or better", "purezza VS1 o migliore"). */
public final class PathTexts {

    private PathTexts() {
    }

    public static String of(PathStep step, Messages messages) {
        try {
            List<Object> args = new ArrayList<>();
            args.add(messages.get("path.name." + step.characteristic()));
            args.addAll(step.values());
            return messages.format("path." + step.kind(), args.toArray());
        } catch (MissingResourceException e) {
            return step.condition();
        }
    }
}
