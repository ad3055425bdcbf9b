package com.carato.app.ui.main;

import com.carato.app.ui.common.Messages;
import com.carato.app.ui.common.Screen;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The main window's stage and scene: builds the {@link MainView} for the current language and
 * rebuilds it when the user picks another (the view models keep their state).
 */
public final class MainWindow {

    private final Stage stage;
    private final MainViewModel viewModel;
    private final Consumer<Locale> rememberLocale;
    private final Function<Locale, Screen> exploreView;
    private final Consumer<Messages> onMessages;
    private MenuActions actions = MenuActions.NONE;
    private Messages messages;
    private MainView view;

    /**
     * @param exploreView    builds the explore screen for a language (null: no explore tab)
     * @param rememberLocale stores the user's language choice
     * @param onMessages     hears of the texts in use (initially and after each switch)
     */
    public MainWindow(Stage stage, MainViewModel viewModel, Locale locale, Function<Locale, Screen> exploreView,
                      Consumer<Locale> rememberLocale, Consumer<Messages> onMessages) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.exploreView = exploreView;
        this.rememberLocale = rememberLocale;
        this.onMessages = onMessages;
        this.messages = new Messages(locale);
        build();
    }

    private void build() {
        onMessages.accept(messages);
        viewModel.setMessages(messages);
        if (viewModel.viewModels().appraise() != null) {
            viewModel.viewModels().appraise().setMessages(messages);
        }
        MainScreen selected = view == null ? MainScreen.APPRAISE : view.selectedScreen();
        if (view != null) {
            view.dispose();
        }
        Screen explore = exploreView == null ? null : exploreView.apply(messages.locale());
        view = new MainView(messages, viewModel, explore, this::switchLanguage, actions);
        view.select(selected);
        if (stage.getScene() == null) {
            Scene scene = new Scene(view.root(), 1280, 800);
            scene.getStylesheets().add(MainWindow.class.getResource("/com/carato/app/carato.css").toExternalForm());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(view.root());
        }
    }

    /** Sets what the Model and Server menus open. */
    public void setActions(MenuActions newActions) {
        this.actions = newActions;
        view.setActions(newActions);
    }

    /** Shows every text in another language, remembered for the next start. */
    public void switchLanguage(Locale locale) {
        rememberLocale.accept(locale);
        messages = new Messages(locale);
        build();
    }

    public MainView view() {
        return view;
    }

    public Messages messages() {
        return messages;
    }
}
