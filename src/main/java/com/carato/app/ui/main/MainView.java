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
import com.carato.app.ui.models.ModelsViewModel;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
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
import java.util.Locale;
import java.util.function.Consumer;

/** The main window: menus, one tab per screen, and a status bar with background progress. */
public final class MainView {

    private final Messages messages;
    private final ViewModels viewModels;
    private final Consumer<Locale> onLanguage;
    private final Consumer<Path> onOpened;
    private final Screen explore;
    private final Subscriptions subscriptions = new Subscriptions();
    private DataView dataView;
    private AppraiseView appraiseView;
    private ModelsView modelsView;
    private MenuActions actions;
    private final Parent root;

    @FXML private TabPane tabs;
    @FXML private Tab appraiseTab;
    @FXML private Tab exploreTab;
    @FXML private Tab dataTab;
    @FXML private Tab modelsTab;
    @FXML private Label statusLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;
    @FXML private RadioMenuItem englishItem;
    @FXML private javafx.scene.control.MenuItem retrainItem;
    @FXML private javafx.scene.control.MenuItem historyItem;
    @FXML private javafx.scene.control.MenuItem serverItem;
    @FXML private javafx.scene.control.MenuItem shopItem;
    @FXML private RadioMenuItem italianItem;

    /**
     * @param explore    the explore screen's view (built by the caller), or null for a placeholder
     * @param onLanguage called when the user picks another language
     * @param onOpened   called after the user opens a data file
     */
    public MainView(Messages messages, ViewModels viewModels, Screen explore, Consumer<Locale> onLanguage,
                    Consumer<Path> onOpened) {
        this(messages, viewModels, explore, onLanguage, onOpened, MenuActions.NONE);
    }

    /** With the Model and Server menus' actions (a null action disables its item). */
    public MainView(Messages messages, ViewModels viewModels, Screen explore, Consumer<Locale> onLanguage,
                    Consumer<Path> onOpened, MenuActions actions) {
        this.actions = actions;
        this.messages = messages;
        this.viewModels = viewModels;
        this.explore = explore;
        this.onLanguage = onLanguage;
        this.onOpened = onOpened;
        this.root = Fxml.load(MainView.class, "main.fxml", this, messages.bundle());
    }

    /** The data screen alone (the app shell's first screen, and tests). */
    public MainView(Messages messages, DataViewModel dataViewModel) {
        this(messages, new ViewModels(dataViewModel, null, null), null, locale -> { }, path -> { });
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        DataViewModel data = viewModels.data();
        dataView = new DataView(data, messages);
        dataTab.setContent(dataView.root());
        if (viewModels.appraise() != null) {
            appraiseView = new AppraiseView(viewModels.appraise(), messages);
            appraiseTab.setContent(appraiseView.root());
        } else {
            tabs.getTabs().remove(appraiseTab);
        }
        if (explore != null) {
            exploreTab.setContent(explore.root());
        } else {
            tabs.getTabs().remove(exploreTab);
        }
        ModelsViewModel models = viewModels.models();
        if (models != null) {
            modelsView = new ModelsView(models, messages);
            modelsTab.setContent(modelsView.root());
        } else {
            tabs.getTabs().remove(modelsTab);
        }
        setActions(actions);
        ToggleGroup languages = new ToggleGroup();
        englishItem.setToggleGroup(languages);
        italianItem.setToggleGroup(languages);
        (messages.locale().getLanguage().equals("it") ? italianItem : englishItem).setSelected(true);
        bindStatus(data, models);
    }

    private void bindStatus(DataViewModel data, ModelsViewModel models) {
        progressBar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        if (models == null) {
            progressBar.visibleProperty().bind(data.loadingProperty());
        } else {
            progressBar.visibleProperty().bind(data.loadingProperty().or(models.workingProperty()));
            progressBar.progressProperty().bind(Bindings.when(models.progressProperty().greaterThan(0))
                    .then(models.progressProperty()).otherwise(ProgressBar.INDETERMINATE_PROGRESS));
            cancelButton.visibleProperty().bind(models.workingProperty().and(models.progressProperty().greaterThan(0)));
            subscriptions.on(models.stageProperty(), (obs, old, stage) -> updateStatus());
            subscriptions.on(models.progressProperty(), (obs, old, p) -> updateStatus());
            subscriptions.on(models.championProperty(), (obs, old, m) -> updateStatus());
            subscriptions.on(models.workingProperty(), (obs, was, working) -> {
                if (!working && models.championProperty().get() == null && !"cancelled".equals(models.stageProperty().get())
                        && models.errorProperty().get().isEmpty() && data.reportProperty().get() == null
                        && !data.loadingProperty().get()) {
                    welcome();
                }
            });
            subscriptions.on(models.errorProperty(), (obs, old, message) -> {
                if (!message.isEmpty()) {
                    showError(messages.get("error.model.title"), message);
                }
            });
        }
        subscriptions.on(data.loadingProperty(), (obs, was, loading) -> updateStatus());
        subscriptions.on(data.errorProperty(), (obs, old, message) -> {
            if (!message.isEmpty()) {
                statusLabel.setText(messages.get("status.failed"));
                showError(messages.get("error.load.title"), message);
            }
        });
        updateStatus();
    }

    private void updateStatus() {
        DataViewModel data = viewModels.data();
        ModelsViewModel models = viewModels.models();
        if (data.loadingProperty().get()) {
            statusLabel.setText(messages.format("status.loading", data.sourceProperty().get()));
        } else if (models != null && models.workingProperty().get()) {
            double p = models.progressProperty().get();
            statusLabel.setText(p > 0 ? messages.format("status.model.training", models.stageProperty().get(),
                    Math.round(p * 100)) : messages.get("status.model.loading"));
        } else if (models != null && "cancelled".equals(models.stageProperty().get())) {
            statusLabel.setText(messages.get("status.model.cancelled"));
        } else if (models != null && models.championProperty().get() != null) {
            statusLabel.setText(messages.format("status.model.ready", models.championProperty().get().id()));
        } else {
            statusLabel.setText(messages.get("status.ready"));
        }
    }

    @FXML
    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.csv"), "*.csv", "*.txt"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            open(file.toPath());
            onOpened.accept(file.toPath());
            tabs.getSelectionModel().select(dataTab);
            trainIfNoModel(file.toPath());
        }
    }

    private void trainIfNoModel(Path file) {
        ModelsViewModel models = viewModels.models();
        if (models != null && models.championProperty().get() == null && !models.workingProperty().get()) {
            models.start(java.util.Optional.of(file));
        }
    }

    /** First start without data or model: offer to import the expert's appraisals. */
    private void welcome() {
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

    /** Opens a file as File → Open does (used at start-up). */
    public void open(Path file) {
        viewModels.data().load(file);
    }

    /** Selects a tab by its screen name: appraise, explore, data, models. */
    public void select(String screen) {
        Tab tab = switch (screen) {
            case "explore" -> exploreTab;
            case "data" -> dataTab;
            case "models" -> modelsTab;
            default -> appraiseTab;
        };
        tabs.getSelectionModel().select(tab);
    }

    /** Sets what the Model and Server menus open; a null action disables its item. */
    public void setActions(MenuActions newActions) {
        this.actions = newActions;
        retrainItem.setDisable(newActions.retrain() == null);
        historyItem.setDisable(newActions.history() == null);
        serverItem.setDisable(newActions.server() == null);
        shopItem.setDisable(newActions.shop() == null);
    }

    /**
     * Detaches this window's views from the long-lived view models; called when the window is
     * rebuilt (language switch), so that no hidden copy keeps reacting (or showing dialogs).
     */
    public void dispose() {
        subscriptions.dispose();
        dataView.dispose();
        if (appraiseView != null) {
            appraiseView.dispose();
        }
        if (modelsView != null) {
            modelsView.dispose();
        }
        if (explore != null) {
            explore.dispose();
        }
        progressBar.visibleProperty().unbind();
        progressBar.progressProperty().unbind();
        cancelButton.visibleProperty().unbind();
    }

    /** The screen of the selected tab: appraise, explore, data or models. */
    public String selectedScreen() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == exploreTab ? "explore" : tab == dataTab ? "data" : tab == modelsTab ? "models" : "appraise";
    }

    @FXML
    private void cancel() {
        if (viewModels.models() != null) {
            viewModels.models().cancel();
        }
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
