package com.carato.app.ui.shop;

import com.carato.app.sheet.ShopDetails;
import com.carato.app.ui.common.Messages;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings → Shop details…, headless: typed, checked, saved. */
@ExtendWith(ApplicationExtension.class)
class ShopDialogUiTest {

    private final List<ShopDetails> stored = new CopyOnWriteArrayList<>();
    private Stage owner;

    @TempDir
    Path dir;

    /** An owner window of its own: the shared primary stage keeps its size for the other UI tests. */
    @Start
    void start(Stage stage) {
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 300, 200));
        owner.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(owner::close);
    }

    private ShopDialog open(FxRobot robot, Locale locale) {
        ShopDialog[] dialog = new ShopDialog[1];
        robot.interact(() -> {
            Messages messages = new Messages(locale);
            dialog[0] = new ShopDialog(new ShopViewModel(ShopDetails.NONE, stored::add, dir.resolve("shop"),
                    messages), messages, owner);
            dialog[0].show();
        });
        return dialog[0];
    }

    @Test
    void aBadValidityIsExplainedThenTheDetailsAreSaved(FxRobot robot) {
        ShopDialog dialog = open(robot, Locale.ENGLISH);
        robot.clickOn("#shopName").write("Hatton Garden Diamonds");
        robot.clickOn("#shopAddress").write("12 Hatton Garden, London");
        robot.doubleClickOn("#shopValidity").eraseText(4).write("a month");
        robot.clickOn("#shopSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Validity: enter a whole number of days from 1 to 3650, not \"a month\".",
                robot.lookup("#shopError").queryAs(Label.class).getText());
        assertTrue(dialog.stage().isShowing(), "the dialog stays open with the error");
        assertTrue(stored.isEmpty());

        robot.doubleClickOn("#shopValidity").eraseText(10).write("45");
        robot.clickOn("#shopSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.stage().isShowing());
        assertEquals(List.of(new ShopDetails("Hatton Garden Diamonds", "12 Hatton Garden, London", null, 45)), stored);
    }

    @Test
    void inItalianTheDialogSpeaksItalian(FxRobot robot) {
        ShopDialog dialog = open(robot, Locale.ITALIAN);
        assertEquals("Dati del negozio", dialog.stage().getTitle());
        assertEquals("Salva", robot.lookup("#shopSave").queryAs(Button.class).getText());
        assertEquals("(nessun logo)", robot.lookup("#shopLogo").queryAs(Label.class).getText());
        robot.clickOn("#shopCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.stage().isShowing());
        assertTrue(stored.isEmpty(), "cancel stores nothing");
    }
}
