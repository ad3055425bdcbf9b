package com.carato.app.ui.data;

import com.carato.data.DataFileException;
import com.carato.data.ImportReport;
import com.carato.app.ui.common.TaskRunner;
import com.carato.service.StoneData;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * State of the data screen: which file is loaded, its validation summary and its rows. Loading runs
 * through the {@link TaskRunner} (a newer file supersedes one still loading); results are applied
 * on the UI thread. Plain JavaFX properties, so it is tested without the toolkit (with same-thread
 * executors).
 */
public final class DataViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DataViewModel.class);

    /** Which rows the table shows. */
    public enum Show { ALL, ACCEPTED, REJECTED, FLAGGED }

    private final StoneData stoneData;
    private final TaskRunner tasks;
    private final TaskRunner.Lane loads;

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** What is wrong with the file, as a code the view renders in the user's language; null for other failures. */
    private final javafx.beans.property.ReadOnlyObjectWrapper<com.carato.domain.Message> problem =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RowItem> allRows = FXCollections.observableArrayList();
    private final FilteredList<RowItem> shownRows = new FilteredList<>(allRows, row -> true);
    private final ObservableList<RowItem> rejectedRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Show> show = new ReadOnlyObjectWrapper<>(Show.ALL);
    private Consumer<ImportReport> onLoaded = r -> { };

    public DataViewModel(StoneData stoneData, TaskRunner tasks) {
        this.stoneData = Objects.requireNonNull(stoneData);
        this.tasks = Objects.requireNonNull(tasks);
        this.loads = tasks.lane();
    }

    /** With a runner whose unexpected errors are only logged (tests). */
    public DataViewModel(StoneData stoneData, Executor background, Executor ui) {
        this(stoneData, TaskRunner.of(background, ui));
    }

    /** Reads and validates {@code file} in the background; the UI stays responsive. */
    public void load(Path file) {
        loading.set(true);
        problem.set(null);
        error.set("");
        source.set(file.toString());
        tasks.task("reading " + file, context -> stoneData.check(file))
                .onSuccess(this::apply)
                .onFailure(DataFileException.class, e -> fail(e.problem()))
                .onFailure(RuntimeException.class, e -> {
                    LOG.error("reading {} failed", file, e);
                    fail(file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                })
                .onDone(() -> loading.set(false))
                .in(loads).start();
    }

    private void apply(ImportReport loaded) {
        List<RowItem> items = loaded.rows().stream().map(r -> RowItem.of(loaded.header(), r)).toList();
        allRows.setAll(items);
        rejectedRows.setAll(items.stream().filter(r -> r.status() != RowItem.Status.ACCEPTED).toList());
        report.set(loaded);
        loading.set(false);
        onLoaded.accept(loaded);
    }

    private void fail(com.carato.domain.Message problem) {
        this.problem.set(problem);
        fail(problem.english());
    }

    private void fail(String message) {
        error.set(message);
        loading.set(false);
    }

    public void setShow(Show which) {
        show.set(which);
        shownRows.setPredicate(switch (which) {
            case ALL -> row -> true;
            case ACCEPTED -> row -> row.status() != RowItem.Status.REJECTED;
            case REJECTED -> row -> row.status() == RowItem.Status.REJECTED;
            case FLAGGED -> row -> row.status() == RowItem.Status.FLAGGED;
        });
    }

    /** Called on the UI executor after each successful load (the other screens listen). */
    public void setOnLoaded(Consumer<ImportReport> listener) {
        this.onLoaded = Objects.requireNonNull(listener);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The last file-level error, empty when the last load worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last file-level problem as a code (missing, empty, wrong header, …), null when none or another failure. */
    public ReadOnlyObjectProperty<com.carato.domain.Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Show> showProperty() {
        return show.getReadOnlyProperty();
    }

    /** The rows the table shows, after the status filter. */
    public ObservableList<RowItem> shownRows() {
        return shownRows;
    }

    /** Rejected and flagged rows, for the problems panel. */
    public ObservableList<RowItem> problemRows() {
        return rejectedRows;
    }
}
