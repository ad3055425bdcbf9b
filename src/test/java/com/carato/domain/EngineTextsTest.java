package com.carato.domain;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every engine text code, of every enum in the code base, has its text in both bundles. */
class EngineTextsTest {

    /** Codes whose Italian is rightly the same word as the English (none so far). */
    private static final Set<String> SAME_IN_ITALIAN = Set.of();

    /** Every enum implementing MessageCode in the production classes, found by scanning, not listed by hand. */
    static List<MessageCode> allCodes() {
        List<MessageCode> codes = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.carato")) {
            if (c.isEnum() && c.isAssignableTo(MessageCode.class)) {
                for (Object constant : c.reflect().getEnumConstants()) {
                    codes.add((MessageCode) constant);
                }
            }
        }
        return codes;
    }

    /** Arguments of the right kind for any pattern: numbers where a {n,number} asks, texts elsewhere. */
    private static Message sample(MessageCode code) {
        Object[] args = new Object[10];
        for (int i = 0; i < args.length; i++) {
            args[i] = 1234 + i;
        }
        return new Message(code, args);
    }

    @Test
    void theScanFindsTheKnownEnums() {
        List<MessageCode> codes = allCodes();
        assertTrue(codes.contains(ProgressStage.CROSS_VALIDATION), "the scan finds ProgressStage");
        assertTrue(codes.size() >= ProgressStage.values().length);
    }

    @Test
    void everyCodeCanBeFoundByItsNameToReadAStoredMessageBack() {
        for (MessageCode code : allCodes()) {
            assertEquals(code, MessageCodes.find(code.code()).orElse(null), "MessageCodes.ENUMS lacks " + code.code());
        }
        assertTrue(MessageCodes.find("history.from-the-future").isEmpty());
    }

    @Test
    void everyCodeIsUniqueAndHasItsEnglishInTheEnglishBundle() {
        ResourceBundle english = ResourceBundle.getBundle(EngineTexts.BUNDLE, Locale.ROOT);
        Set<String> seen = new HashSet<>();
        for (MessageCode code : allCodes()) {
            assertTrue(seen.add(code.code()), "code used twice: " + code.code());
            assertTrue(code.code().matches("[a-z]+(\\.[a-z0-9-]+)+"), "code is stable and plain: " + code.code());
            assertTrue(english.containsKey(code.code()), "engine.properties lacks " + code.code());
            assertEquals(code.english(), english.getString(code.code()),
                    "the enum's English default and engine.properties agree for " + code.code());
        }
        assertEquals(seen, english.keySet(), "engine.properties has no key without a code");
    }

    @Test
    void everyCodeRendersInBothLanguagesWithoutLeftoverPlaceholders() {
        EngineTexts italian = EngineTexts.of(Locale.ITALIAN);
        for (MessageCode code : allCodes()) {
            assertTrue(italian.has(code), "engine_it.properties lacks " + code.code());
            for (EngineTexts texts : List.of(EngineTexts.ENGLISH, italian)) {
                String text = texts.render(sample(code));
                assertFalse(text.isBlank(), code.code());
                assertFalse(text.contains("{") || text.contains("}"), "leftover placeholder in "
                        + texts.locale() + " " + code.code() + ": " + text);
                assertFalse(text.contains("''"), "doubled apostrophe left in " + code.code() + ": " + text);
            }
            if (!SAME_IN_ITALIAN.contains(code.code())) {
                assertNotEquals(EngineTexts.ENGLISH.render(sample(code)), italian.render(sample(code)),
                        "Italian is a translation of " + code.code());
            }
        }
    }

    @Test
    void theItalianBundleHasNoKeyWithoutACode() {
        Set<String> codes = new HashSet<>();
        allCodes().forEach(c -> codes.add(c.code()));
        ResourceBundle italian = ResourceBundle.getBundle(EngineTexts.BUNDLE, Locale.ITALIAN);
        for (String key : italian.keySet()) {
            assertTrue(codes.contains(key), "engine_it.properties has a key no code uses: " + key);
        }
    }

    @Test
    void numbersAreFormattedForTheLanguageAndApostrophesSurvive() {
        Message stage = ProgressStage.CROSS_VALIDATION.with(5, 1200);
        assertEquals("cross-validation, 5 folds: 1,200 rounds", EngineTexts.ENGLISH.render(stage));
        assertEquals("validazione incrociata, 5 parti: 1.200 iterazioni", EngineTexts.of(Locale.ITALIAN).render(stage));
        assertEquals("reading the champion's data", ProgressStage.READING_CHAMPION_DATA.with().english());
    }

    @Test
    void aMessageArgumentIsRenderedInTheSameLanguage() {
        MessageCode wrapper = new MessageCode() {
            @Override
            public String code() {
                return "test.wrapper";
            }

            @Override
            public String english() {
                return "step: {0}";
            }
        };
        Message nested = wrapper.with(ProgressStage.EXPLANATION_TREE.with());
        assertEquals("step: explanation tree", nested.english());
        assertEquals("step: albero di spiegazione", EngineTexts.of(Locale.ITALIAN).render(nested));
    }

    @Test
    void verdictFiguresKeepTheirEnglishShapeAndUseTheItalianDecimalComma() {
        Message reason = VerdictReason.MAPE_TOO_WORSE.with(7.0, 7.25, 0.25, 0.1);
        assertEquals("MAPE 7.00 % -> 7.25 % (+0.25 point, limit +0.10): too much worse", reason.english());
        assertEquals("MAPE 7,00 % → 7,25 % (+0,25 punti, limite +0,10): peggiora troppo",
                EngineTexts.of(Locale.ITALIAN).render(reason));
        assertEquals("MAPE 7.10 % -> 7.00 % (-0.10 point, limit +0.10): ok",
                VerdictReason.MAPE_OK.with(7.1, 7.0, -0.1, 0.1).english());
    }
}
