package com.carato.app.ui.shop;

import com.carato.app.ui.common.Messages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CounterViewModelTest {

    private final List<String> stored = new ArrayList<>();

    @Test
    void theNamesAreStoredTrimmedAndTooLongOrUnsavableOnesAreRefusedWithAReason() {
        CounterViewModel vm = new CounterViewModel("giulia", "banco-1", (who, where) -> stored.add(who + "@" + where),
                new Messages(Locale.ENGLISH));
        vm.salespersonProperty().set("  Giulia Bianchi ");
        assertTrue(vm.save());
        assertEquals(List.of("Giulia Bianchi@banco-1"), stored);

        vm.salespersonProperty().set("x".repeat(201));
        assertFalse(vm.save());
        assertEquals("At most 200 characters.", vm.errorProperty().get());

        CounterViewModel failing = new CounterViewModel("a", "b", (who, where) -> false, new Messages(Locale.ITALIAN));
        assertFalse(failing.save());
        assertEquals("Le impostazioni non si possono salvare; nulla è cambiato.", failing.errorProperty().get());
    }
}
