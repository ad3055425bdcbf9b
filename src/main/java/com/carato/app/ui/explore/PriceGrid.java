package com.carato.app.ui.explore;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.PricedStone;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The model's price per carat in a colour × clarity grid for one carat band and cut, the way the
 * trade reads a price list: rows D (best) to J, columns IF (best) to I1. Each cell also counts the
 * real stones of the data with that band, cut, colour and clarity.
 *
 * @param band           the carat band
 * @param cut            the cut priced
 * @param carat          the weight priced (the band's middle)
 * @param stone          the proportions of the stones priced
 * @param pricePerCarat  [row][column] in dollars per carat, rows {@link #ROWS}, columns {@link #COLUMNS}
 * @param counts         [row][column] real stones behind each cell
 */
public record PriceGrid(GridBand band, Cut cut, double carat, RepresentativeStone stone,
                        double[][] pricePerCarat, int[][] counts) {

    /** Rows: colour, best first. */
    public static final List<Color> ROWS = List.of(Color.D, Color.E, Color.F, Color.G, Color.H, Color.I, Color.J);
    /** Columns: clarity, best first. */
    public static final List<Clarity> COLUMNS = List.of(Clarity.IF, Clarity.VVS1, Clarity.VVS2, Clarity.VS1,
            Clarity.VS2, Clarity.SI1, Clarity.SI2, Clarity.I1);

    /**
     * Prices every cell with {@code price} (the model) and counts the real stones of {@code stones}.
     */
    public static PriceGrid compute(GridBand band, Cut cut, List<PricedStone> stones,
                                    ToDoubleFunction<com.carato.domain.Diamond> price) {
        RepresentativeStone typical = RepresentativeStone.of(cut, stones);
        double carat = band.representativeCarat();
        double[][] perCarat = new double[ROWS.size()][COLUMNS.size()];
        int[][] counts = new int[ROWS.size()][COLUMNS.size()];
        for (int r = 0; r < ROWS.size(); r++) {
            for (int c = 0; c < COLUMNS.size(); c++) {
                perCarat[r][c] = price.applyAsDouble(typical.stone(carat, cut, ROWS.get(r), COLUMNS.get(c))) / carat;
            }
        }
        for (PricedStone s : stones) {
            var d = s.diamond();
            if (d.cut() == cut && band.contains(d.carat())) {
                counts[ROWS.indexOf(d.color())][COLUMNS.indexOf(d.clarity())]++;
            }
        }
        return new PriceGrid(band, cut, carat, typical, perCarat, counts);
    }

    public double pricePerCarat(Color color, Clarity clarity) {
        return pricePerCarat[ROWS.indexOf(color)][COLUMNS.indexOf(clarity)];
    }

    public int count(Color color, Clarity clarity) {
        return counts[ROWS.indexOf(color)][COLUMNS.indexOf(clarity)];
    }

    public double min() {
        return java.util.Arrays.stream(pricePerCarat).flatMapToDouble(java.util.Arrays::stream).min().orElse(0);
    }

    public double max() {
        return java.util.Arrays.stream(pricePerCarat).flatMapToDouble(java.util.Arrays::stream).max().orElse(0);
    }

    /**
     * The grid as CSV, one line per cell (machine-readable; numbers with a '.' decimal mark):
     * {@code band,cut,color,clarity,carat,depth,table,price_per_carat,price,stones}.
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("band,cut,color,clarity,carat,depth,table,price_per_carat,price,stones\n");
        for (Color color : ROWS) {
            for (Clarity clarity : COLUMNS) {
                double perCarat = pricePerCarat(color, clarity);
                csv.append(String.format(Locale.ROOT, "%.2f-%.2f,%s,%s,%s,%.3f,%.1f,%.1f,%.0f,%.0f,%d\n",
                        band.from(), band.to(), cut.label(), color.label(), clarity.label(), carat,
                        stone.depth(), stone.table(), perCarat, perCarat * carat, count(color, clarity)));
            }
        }
        return csv.toString();
    }

    /** Writes {@link #toCsv()} to {@code file} atomically: a temporary file beside it, then a move. */
    public void writeCsv(Path file) throws IOException {
        byte[] csv = toCsv().getBytes(StandardCharsets.UTF_8);
        com.carato.service.SafeFiles.write(file, out -> out.write(csv));
    }
}
