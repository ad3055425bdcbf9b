package com.carato.app.ui.explore;

import com.carato.data.DataFileException;
import com.carato.data.Fixtures;
import com.carato.data.ImportReport;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.PricedStone;
import com.carato.service.StoneData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Explore screen's state on the reference data, without the JavaFX toolkit (same-thread executors). */
class ExploreViewModelTest {

    static ImportReport reference;

    private final ExploreViewModel viewModel = new ExploreViewModel(null, Runnable::run, Runnable::run);

    @BeforeAll
    static void read() throws DataFileException {
        reference = new StoneData().check(Fixtures.referenceData());
    }

    @Test
    void showsEachDistinctPricedStoneOnce() {
        viewModel.setData(reference);
        assertEquals(4_986, viewModel.totalCountProperty().get(), "4,987 accepted less one exact duplicate");
        assertEquals(4_986, viewModel.shownCountProperty().get());
        assertEquals(reference.trainingStones(), viewModel.shownStones());
    }

    @Test
    void gradeRangesKeepTheGradesBetweenInGradeOrderWhicheverWayRound() {
        viewModel.setData(reference);
        viewModel.colorFromProperty().set(Color.D);
        viewModel.colorToProperty().set(Color.F);
        long expected = count(s -> s.diamond().color().compareTo(Color.F) >= 0);
        assertEquals(expected, viewModel.shownCountProperty().get());
        assertTrue(viewModel.shownStones().stream().allMatch(s -> Color.F.compareTo(s.diamond().color()) <= 0));

        viewModel.cutFromProperty().set(Cut.IDEAL);
        viewModel.clarityFromProperty().set(Clarity.VS2);
        viewModel.clarityToProperty().set(Clarity.VS1);
        long narrower = count(s -> s.diamond().color().compareTo(Color.F) >= 0 && s.diamond().cut() == Cut.IDEAL
                && (s.diamond().clarity() == Clarity.VS1 || s.diamond().clarity() == Clarity.VS2));
        assertEquals(narrower, viewModel.shownStones().size());
        assertTrue(narrower > 0 && narrower < expected);
    }

    @Test
    void caratAndPriceRangesIncludeTheirBoundsAndNullMeansOpen() {
        viewModel.setData(reference);
        viewModel.caratMinProperty().set(1.0);
        viewModel.caratMaxProperty().set(1.0);
        assertEquals(count(s -> s.diamond().carat() == 1.0), viewModel.shownCountProperty().get());
        viewModel.caratMaxProperty().set(null);
        viewModel.priceMaxProperty().set(5_000.0);
        long expected = count(s -> s.diamond().carat() >= 1.0 && s.price() <= 5_000);
        assertEquals(expected, viewModel.shownCountProperty().get());
        assertTrue(expected > 100);
        viewModel.resetFilters();
        assertEquals(4_986, viewModel.shownCountProperty().get());
        assertEquals(StoneFilter.ALL, viewModel.filterProperty().get());
    }

    @Test
    void chartsFollowTheFilters() {
        viewModel.setData(reference);
        assertEquals(4_986, viewModel.chartDataProperty().get().price().total());
        viewModel.colorFromProperty().set(Color.E);
        viewModel.colorToProperty().set(Color.D);
        ChartData data = viewModel.chartDataProperty().get();
        int shown = viewModel.shownCountProperty().get();
        assertEquals(shown, data.price().total());
        assertEquals(shown, data.carat().total());
        assertEquals(shown, data.stones().size());
        assertEquals(List.of("E", "D"), data.perCaratBoxes().get(Grading.COLOR).stream().map(Stats.Box::label).toList());
        assertEquals(List.of(Color.E, Color.D), data.colours().stream().map(ColourSize::color).toList());
        assertFalse(viewModel.computingProperty().get());
    }

    @Test
    void theColourViewShowsWhyDLooksCheaperThanJ() {
        viewModel.setData(reference);
        List<ColourSize> rows = viewModel.chartDataProperty().get().colours();
        ColourSize d = rows.stream().filter(r -> r.color() == Color.D).findFirst().orElseThrow();
        ColourSize j = rows.stream().filter(r -> r.color() == Color.J).findFirst().orElseThrow();
        assertTrue(d.meanPrice() < j.meanPrice(), "on average, D looks cheaper");
        assertTrue(d.meanCarat() < j.meanCarat(), "because D stones are smaller");
        assertTrue(d.bandMeanPrice() > 1.5 * j.bandMeanPrice(), "at the same size D is much dearer");
    }

    @Test
    void chartStatisticsRunInTheBackgroundAndOnlyTheLatestFilterIsApplied() {
        List<Runnable> backgroundQueue = new ArrayList<>();
        List<Runnable> uiQueue = new ArrayList<>();
        ExploreViewModel queued = new ExploreViewModel(null, backgroundQueue::add, uiQueue::add);
        queued.setData(reference);
        assertEquals(4_986, queued.shownCountProperty().get(), "the table filters at once");
        assertTrue(queued.computingProperty().get());
        assertSame(ChartData.EMPTY, queued.chartDataProperty().get());
        queued.cutFromProperty().set(Cut.IDEAL);
        queued.caratMinProperty().set(2.0);
        assertEquals(1, backgroundQueue.size(), "one computation at a time");

        backgroundQueue.remove(0).run();
        assertSame(ChartData.EMPTY, queued.chartDataProperty().get(), "results are applied on the UI executor only");
        uiQueue.remove(0).run();
        assertSame(ChartData.EMPTY, queued.chartDataProperty().get(), "stale results are dropped");
        assertEquals(1, backgroundQueue.size(), "the latest filter is computed next");
        backgroundQueue.remove(0).run();
        uiQueue.remove(0).run();
        assertEquals(queued.shownCountProperty().get(), queued.chartDataProperty().get().stones().size());
        assertTrue(queued.chartDataProperty().get().stones().stream()
                .allMatch(s -> s.diamond().cut() == Cut.IDEAL && s.diamond().carat() >= 2.0));
        assertFalse(queued.computingProperty().get());
    }

    @Test
    void withoutAModelTheGridSaysSoAndCannotBeExported() {
        viewModel.setData(reference);
        assertEquals(ExploreViewModel.GridState.NO_MODEL, viewModel.gridStateProperty().get());
        assertNull(viewModel.priceGridProperty().get());
        viewModel.gridBandProperty().set(GridBand.CT_050);
        assertEquals(ExploreViewModel.GridState.NO_MODEL, viewModel.gridStateProperty().get());
        assertThrows(IllegalStateException.class, () -> viewModel.exportGrid(java.nio.file.Path.of("unused.csv")));
    }

    @Test
    void noDataShowsNothing() {
        viewModel.setData(reference);
        viewModel.setData(null);
        assertEquals(0, viewModel.totalCountProperty().get());
        assertTrue(viewModel.shownStones().isEmpty());
        assertEquals(0, viewModel.chartDataProperty().get().price().total());
    }

    private static long count(java.util.function.Predicate<PricedStone> test) {
        return reference.trainingStones().stream().filter(test).count();
    }
}
