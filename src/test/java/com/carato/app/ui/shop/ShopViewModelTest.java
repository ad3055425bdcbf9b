package com.carato.app.ui.shop;

import com.carato.app.sheet.SheetSamples;
import com.carato.app.sheet.ShopDetails;
import com.carato.app.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopViewModelTest {

    private final List<ShopDetails> stored = new ArrayList<>();

    private ShopViewModel vm(Path dir, Locale locale) {
        return new ShopViewModel(ShopDetails.NONE, stored::add, dir.resolve("shop"), new Messages(locale));
    }

    @Test
    void savingCopiesTheLogoIntoTheShopFolderAndStoresTheDetails(@TempDir Path dir) throws Exception {
        ShopViewModel vm = vm(dir, Locale.ENGLISH);
        assertEquals("30", vm.validityDaysProperty().get());
        assertEquals("(no logo)", vm.logoProperty().get());
        Path source = SheetSamples.logo(dir);
        vm.nameProperty().set("  Gioielleria Ferrè  ");
        vm.addressProperty().set("Via Roma 1\nBologna");
        vm.validityDaysProperty().set("60");
        vm.chooseLogo(source);
        assertTrue(vm.save(), vm.errorProperty().get());
        ShopDetails saved = stored.get(0);
        assertEquals("Gioielleria Ferrè", saved.name());
        assertEquals(List.of("Via Roma 1", "Bologna"), saved.addressLines());
        assertEquals(60, saved.validityDays());
        assertEquals(dir.resolve("shop").resolve("logo.png"), saved.logo());
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(saved.logo()));
        Files.delete(source);
        assertTrue(Files.exists(saved.logo()), "the copy outlives the original");
    }

    @Test
    void aBadValidityIsNamedAndNothingIsStored(@TempDir Path dir) {
        ShopViewModel vm = vm(dir, Locale.ENGLISH);
        for (String bad : List.of("0", "thirty", "", "3651", "1.5")) {
            vm.validityDaysProperty().set(bad);
            assertFalse(vm.save(), bad);
            assertEquals("Validity: enter a whole number of days from 1 to 3650, not \"" + bad + "\".",
                    vm.errorProperty().get());
        }
        assertTrue(stored.isEmpty());
    }

    @Test
    void aFileThatIsNoImageIsRefusedInItalian(@TempDir Path dir) throws Exception {
        ShopViewModel vm = vm(dir, Locale.ITALIAN);
        Path text = Files.writeString(dir.resolve("logo.png"), "not a picture");
        vm.chooseLogo(text);
        assertFalse(vm.save());
        assertEquals("Logo: " + text + " non è un'immagine PNG o JPEG.", vm.errorProperty().get());
        assertTrue(stored.isEmpty());
        assertFalse(Files.exists(dir.resolve("shop")), "nothing copied");
    }

    @Test
    void aStoreThatFailsIsReported(@TempDir Path dir) {
        ShopViewModel vm = new ShopViewModel(ShopDetails.NONE, d -> {
            throw new IllegalStateException("the settings cannot be written");
        }, dir, new Messages(Locale.ENGLISH));
        assertFalse(vm.save());
        assertEquals("The shop details could not be saved: the settings cannot be written", vm.errorProperty().get());
    }

    @Test
    void theLogoCanBeRemoved(@TempDir Path dir) {
        ShopDetails current = new ShopDetails("Shop", "", dir.resolve("shop").resolve("logo.png"), 30);
        ShopViewModel vm = new ShopViewModel(current, stored::add, dir.resolve("shop"), new Messages(Locale.ENGLISH));
        assertEquals(current.logo().toString(), vm.logoProperty().get());
        vm.removeLogo();
        assertTrue(vm.save());
        assertNull(stored.get(0).logo());
    }
}
