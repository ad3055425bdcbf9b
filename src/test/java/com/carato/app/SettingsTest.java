package com.carato.app;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    /** Preferences in memory whose saved state is what the last successful flush wrote. */
    static final class MemoryPrefs extends AbstractPreferences {
        final Map<String, String> values = new HashMap<>();
        final Map<String, String> saved = new HashMap<>();
        boolean failing;

        MemoryPrefs() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() throws BackingStoreException {
            if (failing) {
                throw new BackingStoreException("disk full (simulated)");
            }
            saved.clear();
            saved.putAll(values);
        }
    }

    @Test
    void sheetNumbersCountUpAndAreSavedBeforeTheyAreHandedOut() {
        MemoryPrefs prefs = new MemoryPrefs();
        Settings settings = new Settings(prefs);
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertEquals("CA-20261201-001", settings.nextSheetNumber(day));
        assertEquals("CA-20261201-002", settings.nextSheetNumber(day));
        assertEquals("2", prefs.saved.get("sheetCount"));
        // after a restart, the saved counter goes on
        MemoryPrefs restarted = new MemoryPrefs();
        restarted.values.putAll(prefs.saved);
        assertEquals("CA-20261201-003", new Settings(restarted).nextSheetNumber(day));
    }

    @Test
    void aSheetNumberThatCannotBeSavedIsNotHandedOutSoNoneRepeatsAfterARestart() {
        MemoryPrefs prefs = new MemoryPrefs();
        Settings settings = new Settings(prefs);
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertEquals("CA-20261201-001", settings.nextSheetNumber(day));
        prefs.failing = true;
        SettingsException e = assertThrows(SettingsException.class, () -> settings.nextSheetNumber(day));
        assertTrue(e.getMessage().contains("sheet number 2 of 20261201 could not be saved"), e.getMessage());
        assertTrue(e.getMessage().contains("disk full (simulated)"), e.getMessage());
        prefs.failing = false;
        assertEquals("CA-20261201-003", settings.nextSheetNumber(day), "never the number that was not saved");
    }

    @Test
    void settersSayWhetherTheSettingWasSaved() {
        MemoryPrefs prefs = new MemoryPrefs();
        Settings settings = new Settings(prefs);
        assertTrue(settings.setLocale(Locale.ITALIAN));
        prefs.failing = true;
        assertFalse(settings.setLocale(Locale.ENGLISH));
        assertFalse(settings.setWindowBounds(1, 2, 300, 400));
        assertEquals(Locale.ENGLISH, settings.locale(), "the choice holds for this session");
        assertEquals("it", prefs.saved.get("language"));
    }
}
