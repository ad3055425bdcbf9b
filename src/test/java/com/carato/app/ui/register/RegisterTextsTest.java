package com.carato.app.ui.register;

import com.carato.app.ui.common.Messages;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text of the Register screen exists in English and Italian, and the Italian one is Italian. */
class RegisterTextsTest {

    /** Texts made only of placeholders and symbols, the same in both languages. */
    private static final Set<String> SAME_IN_BOTH = Set.of("register.stone", "register.range");

    @Test
    void everyRegisterKeyIsTranslated() {
        ResourceBundle en = new Messages(Locale.ENGLISH).bundle();
        ResourceBundle it = new Messages(Locale.ITALIAN).bundle();
        List<String> keys = Collections.list(en.getKeys()).stream().filter(k -> k.startsWith("register.")).sorted()
                .toList();
        assertTrue(keys.size() > 70, "the register's texts: " + keys.size());
        for (String key : keys) {
            assertTrue(it.containsKey(key), key);
            if (!SAME_IN_BOTH.contains(key)) {
                assertNotEquals(en.getString(key), it.getString(key), key + " is not translated");
            }
        }
    }

    @Test
    void everyNoticeHasItsText() {
        for (RegisterNotice.Kind kind : RegisterNotice.Kind.values()) {
            Object[] args = {7L, 8L};
            for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
                String text = new RegisterTexts(new Messages(locale)).notice(new RegisterNotice(kind, List.of(args)));
                assertTrue(!text.isBlank() && !text.contains("{"), kind + " in " + locale + ": " + text);
            }
        }
        assertEquals("Entry 1234 voided.", new RegisterTexts(new Messages(Locale.ENGLISH))
                .notice(RegisterNotice.of(RegisterNotice.Kind.VOIDED, 1234L)), "a register number has no grouping");
    }

    @Test
    void theDatePickersReadAndShowDatesInTheAppsLanguageWithFourDigitYears() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 2);
        var italian = RegisterView.dateConverter(java.util.Locale.ITALIAN);
        assertEquals("02/12/2026", italian.toString(day));
        assertEquals(day, italian.fromString("02/12/2026"));
        var english = RegisterView.dateConverter(java.util.Locale.ENGLISH);
        assertEquals("12/2/2026", english.toString(day));
        assertEquals(day, english.fromString("12/2/2026"));
    }
}
