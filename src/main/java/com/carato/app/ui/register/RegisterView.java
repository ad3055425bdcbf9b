package com.carato.app.ui.register;

import com.carato.app.ui.common.Fxml;
import com.carato.app.ui.common.Messages;
import com.carato.app.ui.common.Screen;
import com.carato.app.ui.common.Subscriptions;
import com.carato.register.RegisterEntry;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The Register screen: the search form, one page of entries, paging and the CSV export. Only binds. */
public final class RegisterView implements Screen {

    private final RegisterViewModel viewModel;
    private final Messages messages;
    private final RegisterTexts texts;
    private final Parent root;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private javafx.scene.layout.FlowPane filters;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private Label fromError;
    @FXML private Label toError;
    @FXML private TextField salespersonField;
    @FXML private TextField clientField;
    @FXML private TextField minCaratField;
    @FXML private TextField maxCaratField;
    @FXML private TextField minPriceField;
    @FXML private TextField maxPriceField;
    @FXML private Label minCaratError;
    @FXML private Label maxCaratError;
    @FXML private Label minPriceError;
    @FXML private Label maxPriceError;
    @FXML private TextField modelField;
    @FXML private TableView<RegisterEntry> entriesTable;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button openButton;
    @FXML private Label pageLabel;
    @FXML private Label statusLabel;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private Button exportButton;
    @FXML private Button backupButton;

    /** The entry windows this view opened; a language switch closes them and the new view reopens them. */
    private final Map<EntryViewModel, RegisterEntryWindow> windows = new LinkedHashMap<>();
    private boolean replaced;

    public RegisterView(RegisterViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.texts = new RegisterTexts(messages);
        this.root = Fxml.load(RegisterView.class, "register.fxml", this, messages.bundle());
        if (!viewModel.openEntries().isEmpty()) {
            // rebuilt in another language: once in its window, show again the entries that were open
            root.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                    javafx.scene.Scene old, javafx.scene.Scene scene) {
                    if (scene != null && !replaced) {
                        root.sceneProperty().removeListener(this);
                        javafx.application.Platform.runLater(RegisterView.this::reopen);
                    }
                }
            });
        }
    }

    private void reopen() {
        if (replaced || root.getScene() == null) {
            return;
        }
        viewModel.openEntries().forEach(this::show);
    }

    @Override
    public Parent root() {
        return root;
    }

    /** Detaches this view from its view model (it is being replaced). */
    @Override
    public void dispose() {
        replaced = true;
        windows.forEach((entry, window) -> {
            Stage stage = window.stage();
            viewModel.keepOpen(entry, new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        });
        new ArrayList<>(windows.values()).forEach(window -> window.stage().close());
        subscriptions.dispose();
        SearchForm form = viewModel.form();
        fromDate.valueProperty().unbindBidirectional(form.fromProperty());
        toDate.valueProperty().unbindBidirectional(form.toProperty());
        salespersonField.textProperty().unbindBidirectional(form.salespersonProperty());
        clientField.textProperty().unbindBidirectional(form.clientProperty());
        modelField.textProperty().unbindBidirectional(form.modelIdProperty());
        minCaratField.textProperty().unbindBidirectional(form.numberProperty(SearchField.MIN_CARAT));
        maxCaratField.textProperty().unbindBidirectional(form.numberProperty(SearchField.MAX_CARAT));
        minPriceField.textProperty().unbindBidirectional(form.numberProperty(SearchField.MIN_PRICE));
        maxPriceField.textProperty().unbindBidirectional(form.numberProperty(SearchField.MAX_PRICE));
    }

    @FXML
    private void initialize() {
        // dates in the app's language, not the computer's (four-digit years, as the register shows them)
        fromDate.setConverter(dateConverter(messages.locale()));
        toDate.setConverter(dateConverter(messages.locale()));
        SearchForm form = viewModel.form();
        fromDate.valueProperty().bindBidirectional(form.fromProperty());
        toDate.valueProperty().bindBidirectional(form.toProperty());
        salespersonField.textProperty().bindBidirectional(form.salespersonProperty());
        clientField.textProperty().bindBidirectional(form.clientProperty());
        modelField.textProperty().bindBidirectional(form.modelIdProperty());
        number(minCaratField, minCaratError, SearchField.MIN_CARAT);
        number(maxCaratField, maxCaratError, SearchField.MAX_CARAT);
        number(minPriceField, minPriceError, SearchField.MIN_PRICE);
        number(maxPriceField, maxPriceError, SearchField.MAX_PRICE);
        error(fromDate.getEditor(), fromError, form.errorProperty(SearchField.FROM));
        error(toDate.getEditor(), toError, form.errorProperty(SearchField.TO));
        // Enter in any filter searches; the screen has no default button, which would compete with
        // the other screens' in the same window
        filters.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                search();
            }
        });

        entriesTable.getColumns().setAll(columns());
        entriesTable.setItems(viewModel.entries());
        entriesTable.setPlaceholder(new Label(messages.get("register.empty")));
        entriesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        entriesTable.setRowFactory(table -> new EntryRow());
        entriesTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        openButton.disableProperty().bind(entriesTable.getSelectionModel().selectedItemProperty().isNull());

        previousButton.disableProperty().bind(viewModel.pageProperty().lessThanOrEqualTo(1)
                .or(viewModel.searchingProperty()));
        nextButton.disableProperty().bind(viewModel.hasMoreProperty().not().or(viewModel.searchingProperty()));
        subscriptions.on(viewModel.pageProperty(), (obs, old, now) -> showPage(now.intValue()));
        showPage(viewModel.pageProperty().get());
        subscriptions.on(viewModel.noticeProperty(), (obs, old, now) -> say(statusLabel, texts, now));
        say(statusLabel, texts, viewModel.noticeProperty().get());

        exportProgress.visibleProperty().bind(viewModel.exportingProperty());
        exportProgress.managedProperty().bind(exportProgress.visibleProperty());
        cancelExportButton.visibleProperty().bind(viewModel.exportingProperty());
        cancelExportButton.managedProperty().bind(cancelExportButton.visibleProperty());
        exportButton.disableProperty().bind(viewModel.exportingProperty());
        backupButton.disableProperty().bind(viewModel.exportingProperty());
        backupButton.setVisible(viewModel.canBackUp());
        backupButton.setManaged(viewModel.canBackUp());
    }

    private void number(TextField field, Label errorLabel, SearchField which) {
        field.textProperty().bindBidirectional(viewModel.form().numberProperty(which));
        error(field, errorLabel, viewModel.form().errorProperty(which));
    }

    private void error(TextField field, Label label, ReadOnlyObjectProperty<RegisterNotice> error) {
        Runnable show = () -> {
            label.setText(texts.notice(error.get()));
            field.getStyleClass().remove("invalid");
            if (error.get() != null) {
                field.getStyleClass().add("invalid");
            }
        };
        subscriptions.on(error, (obs, old, now) -> show.run());
        show.run();
    }

    private void showPage(int page) {
        pageLabel.setText(page < 1 ? "" : messages.format("register.page", page));
    }

    /** A status line says {@code notice}, in the error style when something is wrong. */
    static void say(Label status, RegisterTexts texts, RegisterNotice notice) {
        status.setText(texts.notice(notice));
        status.getStyleClass().remove("field-error");
        if (notice != null && notice.kind().problem()) {
            status.getStyleClass().add("field-error");
        }
    }

    private List<TableColumn<RegisterEntry, ?>> columns() {
        return List.of(
                column("register.column.number", 60, true, e -> String.valueOf(e.number())),
                column("register.column.at", 165, false, e -> texts.formats().date(e.at())),
                column("register.column.salesperson", 105, false, RegisterEntry::salesperson),
                column("register.column.client", 95, false, e -> e.client() == null ? "" : e.client()),
                column("register.column.stone", 165, false, e -> texts.stone(e.appraisal().diamond())),
                column("register.column.price", 80, true, e -> texts.present().price(e.appraisal())),
                column("register.column.range", 140, true, e -> texts.range(e.appraisal())),
                column("register.column.model", 200, false, RegisterEntry::modelId),
                column("register.column.voided", 80, false,
                        e -> e.voided() ? messages.get("register.voidedMark") : ""));
    }

    private TableColumn<RegisterEntry, String> column(String key, double width, boolean right,
                                                      Function<RegisterEntry, String> value) {
        TableColumn<RegisterEntry, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        if (right) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return column;
    }

    /** Short dates of {@code locale} with four-digit years: 12/2/2026, 02/12/2026. */
    static javafx.util.StringConverter<java.time.LocalDate> dateConverter(java.util.Locale locale) {
        String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                java.time.format.FormatStyle.SHORT, null, java.time.chrono.IsoChronology.INSTANCE, locale);
        if (!pattern.contains("yyyy")) {
            pattern = pattern.replaceAll("y+", "yyyy");
        }
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern(pattern, locale);
        return new javafx.util.converter.LocalDateStringConverter(format, format);
    }

    /** The dates as typed: a picker commits its text only on Enter, so read it before searching. */
    private void readDates() {
        readDate(fromDate, SearchField.FROM);
        readDate(toDate, SearchField.TO);
    }

    private void readDate(DatePicker picker, SearchField field) {
        String text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            picker.setValue(null);
            viewModel.form().dateTyped(field, null);
            return;
        }
        try {
            picker.setValue(picker.getConverter().fromString(text.strip()));
            viewModel.form().dateTyped(field, null);
        } catch (DateTimeException e) {
            viewModel.form().dateTyped(field, text.strip());
        }
    }

    @FXML
    private void search() {
        readDates();
        viewModel.search();
    }

    @FXML
    private void previous() {
        viewModel.previous();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void openSelected() {
        RegisterEntry selected = entriesTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            open(selected);
        }
    }

    private void open(RegisterEntry entry) {
        show(viewModel.open(entry), Optional.empty());
    }

    private void show(EntryViewModel entry, Optional<Rectangle2D> bounds) {
        RegisterEntryWindow window = new RegisterEntryWindow(entry, messages, root.getScene().getWindow());
        Stage stage = window.stage();
        bounds.ifPresent(b -> {
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            stage.setWidth(b.getWidth());
            stage.setHeight(b.getHeight());
        });
        windows.put(entry, window);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            windows.remove(entry);
            if (!replaced) {
                viewModel.closed(entry);
            }
        });
        window.show();
    }

    @FXML
    private void backUp() {
        SaveDialog.ask(root.getScene().getWindow(), messages.get("register.backup"),
                messages.get("register.backup.file"), "jsonl").ifPresent(viewModel::backUp);
    }

    @FXML
    private void export() {
        SaveDialog.ask(root.getScene().getWindow(), messages.get("register.export"),
                messages.get("register.export.file"), "csv").ifPresent(viewModel::exportCsv);
    }

    @FXML
    private void cancelExport() {
        viewModel.cancelExport();
    }

    /** A voided entry is greyed (carato.css); a double-click opens an entry. */
    private final class EntryRow extends TableRow<RegisterEntry> {

        EntryRow() {
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && getItem() != null) {
                    open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(RegisterEntry item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("row-voided");
            if (!empty && item != null && item.voided()) {
                getStyleClass().add("row-voided");
            }
        }
    }
}
