package com.carato.app.ui.main;

import com.carato.app.ui.appraise.AppraiseView;
import com.carato.app.ui.common.Dialogs;
import com.carato.app.ui.common.Fxml;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.common.Screen;
import com.carato.app.ui.common.Subscriptions;
import com.carato.app.ui.data.DataView;
import com.carato.app.ui.data.DataViewModel;
import com.carato.app.ui.models.ModelsView;
import com.carato.app.ui.register.RegisterView;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The main window: menus, one tab per {@link MainScreen}, and a status bar with background
 * progress. It shows what its {@link MainViewModel} says (status, progress, the welcome) and asks
 * it to act (open, cancel); the file chooser and dialogs are its own.
 */
public final class MainView {

    private final Messages messages;
    private final MainViewModel viewModel;
    private final Consumer<Locale> onLanguage;
    private final Screen explore;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Map<MainScreen, Tab> screens = new EnumMap<>(MainScreen.class);
    private final List<Screen> views = new ArrayList<>();
    private MenuActions actions;
    private final Parent root;

    @FXML private TabPane tabs;
    @FXML private Tab appraiseTab;
    @FXML private Tab exploreTab;
    @FXML private Tab dataTab;
    @FXML private Tab modelsTab;
    @FXML private Tab registerTab;
    @FXML private Label statusLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;
    @FXML private RadioMenuItem englishItem;
    @FXML private javafx.scene.control.MenuItem retrainItem;
    @FXML private javafx.scene.control.MenuItem historyItem;
    @FXML private javafx.scene.control.MenuItem serverItem;
    @FXML private javafx.scene.control.MenuItem shopItem;
    @FXML private javafx.scene.control.MenuItem counterItem;
    @FXML private javafx.scene.control.MenuItem databaseItem;
    @FXML private Label shopLabel;
    @FXML private RadioMenuItem italianItem;

    /**
     * @param explore    the explore screen's view (built by the caller), or null for no explore tab
     * @param onLanguage called when the user picks another language
     * @param actions    what the Model and Server menus open (a null action disables its item)
     */
    public MainView(Messages messages, MainViewModel viewModel, Screen explore, Consumer<Locale> onLanguage,
                    MenuActions actions) {
        this.actions = actions;
        this.messages = messages;
        this.viewModel = viewModel;
        this.explore = explore;
        this.onLanguage = onLanguage;
        this.root = Fxml.load(MainView.class, "main.fxml", this, messages.bundle());
    }

    /** The data screen alone (the app shell's first screen, and tests). */
    public MainView(Messages messages, DataViewModel dataViewModel) {
        this(messages, new MainViewModel(new ViewModels(dataViewModel, null, null), messages, path -> { }), null,
                locale -> { }, MenuActions.NONE);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        ViewModels viewModels = viewModel.viewModels();
        screens.put(MainScreen.APPRAISE, appraiseTab);
        screens.put(MainScreen.EXPLORE, exploreTab);
        screens.put(MainScreen.DATA, dataTab);
        screens.put(MainScreen.MODELS, modelsTab);
        screens.put(MainScreen.REGISTER, registerTab);
        show(MainScreen.DATA, new DataView(viewModels.data(), messages));
        show(MainScreen.APPRAISE, viewModels.appraise() == null ? null
                : new AppraiseView(viewModels.appraise(), messages));
        show(MainScreen.EXPLORE, explore);
        show(MainScreen.MODELS, viewModels.models() == null ? null : new ModelsView(viewModels.models(), messages));
        show(MainScreen.REGISTER, viewModels.register() == null ? null
                : new RegisterView(viewModels.register(), messages));
        setActions(actions);
        if (viewModels.register() != null) {
            // the register shown is today's: opening its tab shows the entries recorded since
            subscriptions.on(tabs.getSelectionModel().selectedItemProperty(), (obs, old, tab) -> {
                if (tab == registerTab) {
                    viewModels.register().refresh();
                }
            });
        }
        ToggleGroup languages = new ToggleGroup();
        englishItem.setToggleGroup(languages);
        italianItem.setToggleGroup(languages);
        (messages.locale().getLanguage().equals("it") ? italianItem : englishItem).setSelected(true);
        bindStatus(viewModels);
    }

    /** Puts a screen's view in its tab, or removes the tab when there is none. */
    private void show(MainScreen screen, Screen view) {
        Tab tab = screens.get(screen);
        if (view == null) {
            tabs.getTabs().remove(tab);
            screens.remove(screen);
        } else {
            tab.setContent(view.root());
            views.add(view);
        }
    }

    private void bindStatus(ViewModels viewModels) {
        statusLabel.textProperty().bind(viewModel.statusProperty());
        shopLabel.textProperty().bind(viewModel.shopStatusProperty());
        shopLabel.visibleProperty().bind(viewModel.shopStatusProperty().isNotEmpty());
        shopLabel.managedProperty().bind(shopLabel.visibleProperty());
        subscriptions.on(viewModel.offlineProperty(), (obs, old, away) -> offline(away));
        offline(viewModel.offlineProperty().get());
        progressBar.visibleProperty().bind(viewModel.busyProperty());
        // hidden, the progress bar and Cancel leave their room to the status texts
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        cancelButton.visibleProperty().bind(viewModel.cancellableProperty());
        subscriptions.on(viewModel.welcomeProperty(), (obs, old, due) -> {
            if (due) {
                Platform.runLater(this::welcome);
            }
        });
        if (viewModels.models() != null) {
            subscriptions.on(viewModels.models().errorProperty(), (obs, old, message) -> {
                if (!message.isEmpty()) {
                    showError(messages.get("error.model.title"), message);
                }
            });
        }
        subscriptions.on(viewModels.data().errorProperty(), (obs, old, message) -> {
            if (!message.isEmpty()) {
                // a file problem in the user's language; any other failure as it was reported
                var problem = viewModels.data().problemProperty().get();
                showError(messages.get("error.load.title"), problem == null ? message : messages.engine(problem));
            }
        });
    }

    @FXML
    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.csv"), "*.csv", "*.txt"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            viewModel.open(file.toPath());
            select(MainScreen.DATA);
        }
    }

    /** First start without data or model: offer to import the expert's appraisals. */
    private void welcome() {
        if (!viewModel.welcomeProperty().get() || root.getScene() == null) {
            return;
        }
        viewModel.welcomeShown();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("welcome.text"),
                new javafx.scene.control.ButtonType(messages.get("welcome.choose"),
                        javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new javafx.scene.control.ButtonType(messages.get("welcome.later"),
                        javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setTitle("Carato");
        alert.setHeaderText(messages.get("welcome.title"));
        alert.initOwner(window());
        alert.showAndWait().filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> openFile());
    }

    /** Loads a file as at start-up (no first training). */
    public void open(Path file) {
        viewModel.load(file);
    }

    /** Selects a screen's tab (the appraisal desk when that screen is absent). */
    public void select(MainScreen screen) {
        Tab tab = screens.getOrDefault(screen, screens.get(MainScreen.APPRAISE));
        if (tab != null) {
            tabs.getSelectionModel().select(tab);
        }
    }

    /** Sets what the Model and Server menus open; a null action disables its item. */
    public void setActions(MenuActions newActions) {
        this.actions = newActions;
        retrainItem.setDisable(newActions.retrain() == null);
        historyItem.setDisable(newActions.history() == null);
        serverItem.setDisable(newActions.server() == null);
        shopItem.setDisable(newActions.shop() == null);
        counterItem.setDisable(newActions.counter() == null);
        databaseItem.setDisable(newActions.database() == null);
    }

    /**
     * Detaches this window's views from the long-lived view models; called when the window is
     * rebuilt (language switch), so that no hidden copy keeps reacting (or showing dialogs).
     */
    public void dispose() {
        subscriptions.dispose();
        views.forEach(Screen::dispose);
        statusLabel.textProperty().unbind();
        shopLabel.textProperty().unbind();
        shopLabel.visibleProperty().unbind();
        shopLabel.managedProperty().unbind();
        progressBar.visibleProperty().unbind();
        progressBar.managedProperty().unbind();
        cancelButton.managedProperty().unbind();
        progressBar.progressProperty().unbind();
        cancelButton.visibleProperty().unbind();
    }

    /** The screen of the selected tab. */
    public MainScreen selectedScreen() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return screens.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst()
                .orElse(MainScreen.APPRAISE);
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void retrain() {
        if (actions.retrain() != null) {
            actions.retrain().accept(window());
        }
    }

    @FXML
    private void history() {
        if (actions.history() != null) {
            actions.history().accept(window());
        }
    }

    @FXML
    private void server() {
        if (actions.server() != null) {
            actions.server().accept(window());
        }
    }

    @FXML
    private void shop() {
        if (actions.shop() != null) {
            actions.shop().accept(window());
        }
    }

    @FXML
    private void counter() {
        if (actions.counter() != null) {
            actions.counter().accept(window());
        }
    }

    @FXML
    private void database() {
        if (actions.database() != null) {
            actions.database().accept(window());
        }
    }

    /** The shop's part of the status bar stands out while the database is away. */
    private void offline(boolean away) {
        shopLabel.getStyleClass().remove("status-offline");
        if (away) {
            shopLabel.getStyleClass().add("status-offline");
        }
    }

    @FXML
    private void useEnglish() {
        onLanguage.accept(Locale.ENGLISH);
    }

    @FXML
    private void useItalian() {
        onLanguage.accept(Locale.ITALIAN);
    }

    @FXML
    private void exit() {
        Platform.exit();
    }

    @FXML
    private void about() {
        Dialogs.info(root, messages.get("menu.help.about"), "Carato", messages.get("about.text"));
    }

    private void showError(String title, String message) {
        Dialogs.error(root, title, message);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
