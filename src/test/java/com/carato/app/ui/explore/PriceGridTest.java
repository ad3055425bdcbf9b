package com.carato.app.ui.explore;

import com.carato.data.Fixtures;
import com.carato.data.ImportReport;
import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.service.ActiveModel;
import com.carato.service.Appraiser;
import com.carato.service.ModelService;
import com.carato.service.Progress;
import com.carato.service.StoneData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model's price grid, priced by a quick model trained once on the reference data. */
class PriceGridTest {

    @TempDir
    static Path dir;
    static ActiveModel trained = new ActiveModel();
    static ImportReport reference;

    @BeforeAll
    static void train() throws Exception {
        ModelService.quick(dir.resolve("models"), trained).train(Fixtures.referenceData(), Progress.NONE);
        reference = new StoneData().check(Fixtures.referenceData());
    }

    @Test
    void pricesEveryCellForTheBandsMiddleWeightAndCountsTheRealStones() {
        ExploreViewModel viewModel = new ExploreViewModel(new Appraiser(trained), Runnable::run, Runnable::run);
        viewModel.setData(reference);
        viewModel.gridBandProperty().set(GridBand.CT_090);
        viewModel.gridCutProperty().set(Cut.IDEAL);
        assertEquals(ExploreViewModel.GridState.READY, viewModel.gridStateProperty().get());
        PriceGrid grid = viewModel.priceGridProperty().get();
        assertEquals(0.945, grid.carat(), 1e-9);
        Appraiser appraiser = new Appraiser(trained);
        Diamond typical = grid.stone().stone(0.945, Cut.IDEAL, Color.G, Clarity.VS2);
        assertEquals(appraiser.price(typical) / 0.945, grid.pricePerCarat(Color.G, Clarity.VS2), 1e-6);
        for (Color color : PriceGrid.ROWS) {
            for (Clarity clarity : PriceGrid.COLUMNS) {
                assertTrue(grid.pricePerCarat(color, clarity) > 500, color + " " + clarity);
            }
        }
        assertTrue(grid.pricePerCarat(Color.D, Clarity.IF) > 1.5 * grid.pricePerCarat(Color.J, Clarity.I1),
                "the best grades cost far more per carat");
        long real = reference.trainingStones().stream().filter(s -> s.diamond().cut() == Cut.IDEAL
                && s.diamond().carat() >= 0.90 && s.diamond().carat() < 1.00).count();
        int counted = PriceGrid.ROWS.stream().mapToInt(c -> PriceGrid.COLUMNS.stream()
                .mapToInt(q -> grid.count(c, q)).sum()).sum();
        assertEquals(real, counted);
        assertTrue(real > 10, "Ideal stones of 0.90–0.99 ct in the data: " + real);
    }

    @Test
    void theGridAppearsWhenAModelArrivesAndFollowsBandAndCut() {
        ActiveModel active = new ActiveModel();
        ExploreViewModel viewModel = new ExploreViewModel(new Appraiser(active), Runnable::run, Runnable::run);
        viewModel.setData(reference);
        assertEquals(ExploreViewModel.GridState.NO_MODEL, viewModel.gridStateProperty().get());
        active.switchTo(trained.current().orElseThrow());
        viewModel.modelChanged();
        assertEquals(ExploreViewModel.GridState.READY, viewModel.gridStateProperty().get());
        double oneCarat = viewModel.priceGridProperty().get().pricePerCarat(Color.G, Clarity.VS1);
        viewModel.gridBandProperty().set(GridBand.CT_030);
        PriceGrid small = viewModel.priceGridProperty().get();
        assertEquals(GridBand.CT_030, small.band());
        assertTrue(small.pricePerCarat(Color.G, Clarity.VS1) < oneCarat, "small stones cost less per carat");
        viewModel.gridCutProperty().set(Cut.FAIR);
        assertEquals(Cut.FAIR, viewModel.priceGridProperty().get().cut());
    }

    @Test
    void exportsTheGridAsCsvAtomically() throws Exception {
        ExploreViewModel viewModel = new ExploreViewModel(new Appraiser(trained), Runnable::run, Runnable::run);
        viewModel.setData(reference);
        Path out = Files.createDirectories(dir.resolve("export")).resolve("grid.csv");
        Files.writeString(out, "old content");
        viewModel.exportGrid(out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(1 + 7 * 8, lines.size());
        assertEquals("band,cut,color,clarity,carat,depth,table,price_per_carat,price,stones", lines.get(0));
        PriceGrid grid = viewModel.priceGridProperty().get();
        String[] first = lines.get(1).split(",");
        assertEquals(List.of("1.00-1.49", "Ideal", "D", "IF", "1.245"), List.of(first).subList(0, 5));
        assertEquals(Math.round(grid.pricePerCarat(Color.D, Clarity.IF)), Long.parseLong(first[7]));
        assertEquals(grid.count(Color.D, Clarity.IF), Integer.parseInt(first[9]));
        try (var files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }
}
