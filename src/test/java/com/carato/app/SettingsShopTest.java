package com.carato.app;

import com.carato.app.sheet.ShopDetails;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shop details survive a restart (a new Settings on the same preferences). */
class SettingsShopTest {

    /** Preferences in memory, so the test leaves the user's own settings alone. */
    private static final class MemoryPreferences extends AbstractPreferences {
        private final Map<String, String> values = new HashMap<>();

        MemoryPreferences() {
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
            return values.keySet().toArray(new String[0]);
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
        protected void flushSpi() {
        }
    }

    @Test
    void theShopIsRememberedAndEmptyUntilSet() {
        MemoryPreferences prefs = new MemoryPreferences();
        assertEquals(ShopDetails.NONE, new Settings(prefs).shop());
        ShopDetails shop = new ShopDetails("Gioielleria Ferrè", "Via Roma 1\nBologna",
                Path.of("/data/carato/shop/logo.png").toAbsolutePath(), 45);
        new Settings(prefs).setShop(shop);
        assertEquals(shop, new Settings(prefs).shop());
        new Settings(prefs).setShop(new ShopDetails("Gioielleria Ferrè", "", null, 30));
        assertEquals(new ShopDetails("Gioielleria Ferrè", "", null, 30), new Settings(prefs).shop());
    }

    @Test
    void aValidityOutOfRangeInTheStoreFallsBackToTheDefault() {
        MemoryPreferences prefs = new MemoryPreferences();
        prefs.putInt("shopValidityDays", 0);
        assertEquals(ShopDetails.DEFAULT_VALIDITY_DAYS, new Settings(prefs).shop().validityDays());
    }
}
