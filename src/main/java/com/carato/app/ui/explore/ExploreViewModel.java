package com.carato.app.ui.explore;

import com.carato.app.ui.common.TaskRunner;
import com.carato.data.ImportReport;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.PricedStone;
import com.carato.service.Appraiser;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * State of the Explore screen: the priced stones of the loaded file, the filters, what the charts
 * draw and the model's price grid. Filtering 5,000 stones is immediate and happens on the caller's
 * (UI) thread; chart statistics and grid pricing run through the {@link TaskRunner}, each in its
 * own lane, so the latest request wins and a stale result is dropped. No toolkit needed: tests use
 * same-thread executors.
 */
public final class ExploreViewModel {

    /** What the price grid shows. */
    public enum GridState { NO_MODEL, COMPUTING, READY }

    private final Appraiser appraiser;
    private final TaskRunner tasks;
    private final TaskRunner.Lane charts;
    private final TaskRunner.Lane grids;

    private final ObservableList<PricedStone> all = FXCollections.observableArrayList();
    private final ObservableList<PricedStone> shown = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper();

    private final ObjectProperty<Cut> cutFrom = new SimpleObjectProperty<>(Cut.FAIR);
    private final ObjectProperty<Cut> cutTo = new SimpleObjectProperty<>(Cut.IDEAL);
    private final ObjectProperty<Color> colorFrom = new SimpleObjectProperty<>(Color.J);
    private final ObjectProperty<Color> colorTo = new SimpleObjectProperty<>(Color.D);
    private final ObjectProperty<Clarity> clarityFrom = new SimpleObjectProperty<>(Clarity.I1);
    private final ObjectProperty<Clarity> clarityTo = new SimpleObjectProperty<>(Clarity.IF);
    private final ObjectProperty<Double> caratMin = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> caratMax = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> priceMin = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> priceMax = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<StoneFilter> filter = new ReadOnlyObjectWrapper<>(StoneFilter.ALL);

    private final ObjectProperty<Grading> colourBy = new SimpleObjectProperty<>(Grading.COLOR);
    private final BooleanProperty logCarat = new SimpleBooleanProperty(false);
    private final BooleanProperty logPrice = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ChartData> chartData = new ReadOnlyObjectWrapper<>(ChartData.EMPTY);
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);

    private final ObjectProperty<GridBand> gridBand = new SimpleObjectProperty<>(GridBand.CT_100);
    private final ObjectProperty<Cut> gridCut = new SimpleObjectProperty<>(Cut.IDEAL);
    private final ReadOnlyObjectWrapper<PriceGrid> priceGrid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GridState> gridState = new ReadOnlyObjectWrapper<>(GridState.NO_MODEL);

    /**
     * @param appraiser  prices the grid; null when the app has no model (the grid says so)
     * @param tasks      runs chart statistics and grid pricing in the background
     */
    public ExploreViewModel(Appraiser appraiser, TaskRunner tasks) {
        this.appraiser = appraiser;
        this.tasks = Objects.requireNonNull(tasks);
        this.charts = tasks.lane();
        this.grids = tasks.lane();
        for (Observable bound : List.of(cutFrom, cutTo, colorFrom, colorTo, clarityFrom, clarityTo,
                caratMin, caratMax, priceMin, priceMax)) {
            bound.addListener(o -> applyFilter());
        }
        gridBand.addListener(o -> refreshGrid());
        gridCut.addListener(o -> refreshGrid());
    }

    /** With a runner whose unexpected errors are only logged (tests). */
    public ExploreViewModel(Appraiser appraiser, Executor background, Executor ui) {
        this(appraiser, TaskRunner.of(background, ui));
    }

    /** Shows the priced stones of a newly loaded file (each distinct stone once). Call on the UI thread. */
    public void setData(ImportReport report) {
        all.setAll(report == null ? List.of() : report.trainingStones());
        totalCount.set(all.size());
        applyFilter();
        refreshGrid();
    }

    /** The champion changed (or was loaded): re-prices the grid. Safe from any thread. */
    public void modelChanged() {
        tasks.onUi(this::refreshGrid);
    }

    /** Back to every stone. */
    public void resetFilters() {
        cutFrom.set(Cut.FAIR);
        cutTo.set(Cut.IDEAL);
        colorFrom.set(Color.J);
        colorTo.set(Color.D);
        clarityFrom.set(Clarity.I1);
        clarityTo.set(Clarity.IF);
        caratMin.set(null);
        caratMax.set(null);
        priceMin.set(null);
        priceMax.set(null);
    }

    private void applyFilter() {
        StoneFilter current = new StoneFilter(or(cutFrom.get(), Cut.FAIR), or(cutTo.get(), Cut.IDEAL),
                or(colorFrom.get(), Color.J), or(colorTo.get(), Color.D), or(clarityFrom.get(), Clarity.I1),
                or(clarityTo.get(), Clarity.IF), caratMin.get(), caratMax.get(), priceMin.get(), priceMax.get());
        filter.set(current);
        shown.setAll(all.stream().filter(current).toList());
        shownCount.set(shown.size());
        scheduleCharts();
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }

    /** Computes the charts of the stones shown; a newer filter supersedes a computation still running. */
    private void scheduleCharts() {
        computing.set(true);
        List<PricedStone> input = List.copyOf(shown);
        tasks.task("computing the explore charts", context -> ChartData.of(input))
                .onSuccess(chartData::set)
                .onDone(() -> computing.set(false))
                .in(charts).start();
    }

    private void refreshGrid() {
        if (appraiser == null || !appraiser.ready()) {
            grids.discard();
            priceGrid.set(null);
            gridState.set(GridState.NO_MODEL);
            return;
        }
        gridState.set(GridState.COMPUTING);
        GridBand band = gridBand.get();
        Cut cut = gridCut.get();
        List<PricedStone> stones = List.copyOf(all);
        tasks.task("pricing the price grid", context -> Optional.ofNullable(priceOrNull(band, cut, stones)))
                .onSuccess(result -> {
                    priceGrid.set(result.orElse(null));
                    gridState.set(result.isEmpty() ? GridState.NO_MODEL : GridState.READY);
                })
                .onDone(() -> {
                    if (gridState.get() == GridState.COMPUTING) { // failed: the error was reported
                        gridState.set(GridState.NO_MODEL);
                    }
                })
                .in(grids).start();
    }

    private PriceGrid priceOrNull(GridBand band, Cut cut, List<PricedStone> stones) {
        try {
            return PriceGrid.compute(band, cut, stones, appraiser::price);
        } catch (com.carato.service.NoModelException e) { // no model after all: the grid says so
            return null;
        }
    }

    /** Writes the grid shown as CSV, atomically. */
    public void exportGrid(Path file) throws IOException {
        PriceGrid grid = priceGrid.get();
        if (grid == null) {
            throw new IllegalStateException("no price grid to export: no model is loaded");
        }
        grid.writeCsv(file);
    }

    /** The stones that pass the filters, in file order. */
    public ObservableList<PricedStone> shownStones() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    /** Grade ranges: from–to in grade order, either way round. */
    public ObjectProperty<Cut> cutFromProperty() {
        return cutFrom;
    }

    public ObjectProperty<Cut> cutToProperty() {
        return cutTo;
    }

    public ObjectProperty<Color> colorFromProperty() {
        return colorFrom;
    }

    public ObjectProperty<Color> colorToProperty() {
        return colorTo;
    }

    public ObjectProperty<Clarity> clarityFromProperty() {
        return clarityFrom;
    }

    public ObjectProperty<Clarity> clarityToProperty() {
        return clarityTo;
    }

    /** Lowest weight shown in carats; null for no bound. */
    public ObjectProperty<Double> caratMinProperty() {
        return caratMin;
    }

    public ObjectProperty<Double> caratMaxProperty() {
        return caratMax;
    }

    /** Lowest price shown in dollars; null for no bound. */
    public ObjectProperty<Double> priceMinProperty() {
        return priceMin;
    }

    public ObjectProperty<Double> priceMaxProperty() {
        return priceMax;
    }

    public ReadOnlyObjectProperty<StoneFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** The grade that colours the scatter plot's points. */
    public ObjectProperty<Grading> colourByProperty() {
        return colourBy;
    }

    public BooleanProperty logCaratProperty() {
        return logCarat;
    }

    public BooleanProperty logPriceProperty() {
        return logPrice;
    }

    /** What the charts draw: follows the filters once the background computation is done. */
    public ReadOnlyObjectProperty<ChartData> chartDataProperty() {
        return chartData.getReadOnlyProperty();
    }

    /** True while chart statistics are being computed. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ObjectProperty<GridBand> gridBandProperty() {
        return gridBand;
    }

    public ObjectProperty<Cut> gridCutProperty() {
        return gridCut;
    }

    /** The model's price grid; null when no model is loaded. */
    public ReadOnlyObjectProperty<PriceGrid> priceGridProperty() {
        return priceGrid.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GridState> gridStateProperty() {
        return gridState.getReadOnlyProperty();
    }
}
