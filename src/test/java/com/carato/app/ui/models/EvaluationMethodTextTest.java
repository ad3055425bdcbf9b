package com.carato.app.ui.models;

import com.carato.app.ui.common.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvaluationMethodTextTest {

    private static final String TRAIN = "evaluated on 998 held-out stones (every 5th data row of the file) with a model"
            + " trained on 3,988; this model trained on 4,986";
    private static final String RETRAIN = "evaluated on 99 held-out new stones (every 5th new stone found nowhere else,"
            + " on which 20261202-015631-58014d2f was compared) (2 more beyond its weight limits, not priced) with a"
            + " model trained on 5,290; this model trained on 5,389";

    @Test
    void englishReadsAsTheManifestSaysIt() {
        Messages en = new Messages(Locale.ENGLISH);
        assertEquals(TRAIN, EvaluationMethodText.render(TRAIN, en));
        assertEquals("evaluated on 99 held-out new stones (every 5th new stone found nowhere else, on which"
                + " 20261202-015631-58014d2f was compared) with a model trained on 5,290; this model trained on 5,389"
                + " (2 more beyond its weight limits, not priced)", EvaluationMethodText.render(RETRAIN, en));
    }

    @Test
    void italianSaysItWithTheSameNumbers() {
        Messages it = new Messages(Locale.ITALIAN);
        assertEquals("valutato su 998 pietre tenute da parte (una riga di dati ogni 5 del file) con un modello"
                + " addestrato su 3.988; questo modello è addestrato su 4.986", EvaluationMethodText.render(TRAIN, it));
        String retrain = EvaluationMethodText.render(RETRAIN, it);
        assertEquals("valutato su 99 pietre nuove tenute da parte (una nuova pietra ogni 5 non presente altrove, su cui è"
                + " stato confrontato 20261202-015631-58014d2f) con un modello addestrato su 5.290; questo modello è"
                + " addestrato su 5.389 (2 oltre i limiti di peso del modello, non stimate)", retrain);
    }

    @Test
    void anUnknownFormIsShownAsItIs() {
        assertEquals("measured by hand", EvaluationMethodText.render("measured by hand", new Messages(Locale.ITALIAN)));
    }

    @Test
    void aRetrainedModelsDataIsSaidInTheUsersLanguageAndAFileNameStaysAsItIs() {
        Messages it = new Messages(Locale.ITALIAN);
        assertEquals("dati di 20261202-070604-58014d2f + batch1.csv",
                it.dataSource("data of 20261202-070604-58014d2f + batch1.csv"));
        assertEquals("data of 20261202-070604-58014d2f + batch1.csv",
                new Messages(Locale.ENGLISH).dataSource("data of 20261202-070604-58014d2f + batch1.csv"));
        assertEquals("diamonds.csv", it.dataSource("diamonds.csv"));
    }
}
