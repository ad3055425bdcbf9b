package com.carato.app.ui.data;

import com.carato.service.StoneData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.carato.data.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data screen's state, without the JavaFX toolkit: both executors run tasks in place. */
class DataViewModelTest {

    private final DataViewModel viewModel = new DataViewModel(new StoneData(), Runnable::run, Runnable::run);

    @Test
    void loadsAFileAndListsItsRowsAndProblems() {
        viewModel.load(fixture("small.csv"));
        assertFalse(viewModel.loadingProperty().get());
        assertEquals("", viewModel.errorProperty().get());
        assertEquals(9, viewModel.shownRows().size());
        assertEquals(7, viewModel.reportProperty().get().acceptedCount());
        // two rejected, one duplicate, one suspicious depth
        assertEquals(4, viewModel.problemRows().size());
        assertEquals(List.of(8, 9, 10, 11), viewModel.problemRows().stream().map(RowItem::line).toList());
        assertEquals("6.61", viewModel.shownRows().get(0).value("x"));
    }

    @Test
    void filtersRowsByStatus() {
        viewModel.load(fixture("small.csv"));
        viewModel.setShow(DataViewModel.Show.REJECTED);
        assertEquals(List.of(10, 11), viewModel.shownRows().stream().map(RowItem::line).toList());
        viewModel.setShow(DataViewModel.Show.FLAGGED);
        assertEquals(List.of(8, 9), viewModel.shownRows().stream().map(RowItem::line).toList());
        viewModel.setShow(DataViewModel.Show.ACCEPTED);
        assertEquals(7, viewModel.shownRows().size());
        viewModel.setShow(DataViewModel.Show.ALL);
        assertEquals(9, viewModel.shownRows().size());
    }

    @Test
    void aFileLevelErrorIsShownAndNothingIsLoaded() {
        viewModel.load(fixture("missing-column.csv"));
        assertTrue(viewModel.errorProperty().get().contains("missing required column clarity"));
        assertFalse(viewModel.loadingProperty().get());
        assertTrue(viewModel.shownRows().isEmpty());
    }

    @Test
    void loadingRunsOnTheBackgroundExecutorAndAppliesOnTheUiExecutor() {
        List<Runnable> backgroundQueue = new ArrayList<>();
        List<Runnable> uiQueue = new ArrayList<>();
        DataViewModel queued = new DataViewModel(new StoneData(), backgroundQueue::add, uiQueue::add);
        Path file = fixture("small.csv");
        queued.load(file);
        assertTrue(queued.loadingProperty().get(), "loading until the background work is done");
        assertEquals(1, backgroundQueue.size());
        backgroundQueue.remove(0).run();
        assertTrue(queued.shownRows().isEmpty(), "results are applied on the UI executor only");
        uiQueue.remove(0).run();
        assertFalse(queued.loadingProperty().get());
        assertEquals(9, queued.shownRows().size());
    }
}
