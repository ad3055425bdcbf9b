package com.carato.ml.explain;

import com.carato.app.present.PathTexts;
import com.carato.app.ui.common.Messages;
import com.carato.domain.PathStep;
import com.carato.ml.Features;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The translated path texts say the same as the engine's English conditions. */
class PathTextsTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void englishTranslationsMatchTheEnginesWordsForEveryKind() {
        Messages english = new Messages(Locale.ENGLISH);
        double[][] bounds = {{-INF, 2.5}, {2.5, INF}, {0.5, 2.5}, {1.5, 2.5}, {3.5, INF}};
        for (int feature = 0; feature < Features.TREE_NAMES.size(); feature++) {
            for (double[] b : bounds) {
                double lower = feature == Features.CARAT && !Double.isInfinite(b[0]) ? b[0] / 4 : b[0];
                double upper = feature == Features.CARAT && !Double.isInfinite(b[1]) ? b[1] / 4 : b[1];
                if (feature > Features.CLARITY) {
                    lower = Double.isInfinite(lower) ? lower : 55 + lower;
                    upper = Double.isInfinite(upper) ? upper : 55 + upper;
                }
                PathStep step = ExplanationTree.step(feature, lower, upper);
                assertEquals(step.condition(), PathTexts.of(step, english), step.kind());
            }
        }
    }

    @Test
    void italianSaysItInItalian() {
        Messages italian = new Messages(Locale.ITALIAN);
        assertEquals("purezza VS1 o migliore",
                PathTexts.of(ExplanationTree.step(Features.CLARITY, 3.5, INF), italian));
        assertEquals("peso da 0,70 a meno di 1,00 ct",
                PathTexts.of(ExplanationTree.step(Features.CARAT, 0.695, 0.995), italian));
    }
}
