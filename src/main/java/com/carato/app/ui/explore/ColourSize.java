package com.carato.app.ui.explore;

import com.carato.domain.Color;
import com.carato.domain.PricedStone;

import java.util.ArrayList;
import java.util.List;

/**
 * One colour's figures for the "colour vs size" view: average price, average weight, average
 * price per carat, and the average price of stones of the same size ({@link #BAND_FROM}–{@link #BAND_TO} ct),
 * which removes the weight from the comparison.
 *
 * @param color          the colour grade
 * @param stones         how many stones of that colour
 * @param meanCarat      their average weight
 * @param meanPrice      their average price
 * @param meanPerCarat   their average price per carat
 * @param bandStones     how many of them weigh 0.90–1.10 ct
 * @param bandMeanPrice  the average price of those, NaN when there are none
 */
public record ColourSize(Color color, int stones, double meanCarat, double meanPrice, double meanPerCarat,
                         int bandStones, double bandMeanPrice) {

    public static final double BAND_FROM = 0.90;
    public static final double BAND_TO = 1.10;

    /** One row per colour present in {@code stones}, worst (J) first. */
    public static List<ColourSize> of(List<PricedStone> stones) {
        List<ColourSize> rows = new ArrayList<>();
        for (Color color : Color.values()) {
            int n = 0;
            int inBand = 0;
            double carats = 0;
            double prices = 0;
            double perCarat = 0;
            double bandPrices = 0;
            for (PricedStone s : stones) {
                if (s.diamond().color() != color) {
                    continue;
                }
                double carat = s.diamond().carat();
                n++;
                carats += carat;
                prices += s.price();
                perCarat += s.price() / carat;
                if (carat >= BAND_FROM && carat <= BAND_TO) {
                    inBand++;
                    bandPrices += s.price();
                }
            }
            if (n > 0) {
                rows.add(new ColourSize(color, n, carats / n, prices / n, perCarat / n,
                        inBand, inBand == 0 ? Double.NaN : bandPrices / inBand));
            }
        }
        return rows;
    }
}
