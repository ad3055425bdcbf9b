package com.carato.ml;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.PricedStone;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A test fixture: stones with a known price law (a power of carat times grade premiums, with
 * log-normal noise), generated from a seed. Small and fast, and no data copied from anywhere.
 */
public final class SyntheticStones {

    private SyntheticStones() {
    }

    public static List<PricedStone> generate(int n, long seed) {
        Random random = new Random(seed);
        List<PricedStone> stones = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double carat = Math.round(Math.exp(-1.0 + 0.6 * random.nextGaussian()) * 100) / 100.0;
            carat = Math.min(3.0, Math.max(0.23, carat));
            Cut cut = Cut.values()[random.nextInt(Cut.values().length)];
            Color color = Color.values()[random.nextInt(Color.values().length)];
            Clarity clarity = Clarity.values()[random.nextInt(Clarity.values().length)];
            double depth = Math.round((61.8 + 1.2 * random.nextGaussian()) * 10) / 10.0;
            double table = Math.round((57 + 2 * random.nextGaussian()) * 10) / 10.0;
            double diameter = 6.45 * Math.cbrt(carat);
            double x = Math.round(diameter * 100) / 100.0;
            double y = Math.round(diameter * (0.99 + 0.02 * random.nextDouble()) * 100) / 100.0;
            double z = Math.round(depth / 100 * (x + y) / 2 * 100) / 100.0;
            double price = 4200 * Math.pow(carat, 1.8) * (1 + 0.06 * color.ordinal()) * (1 + 0.09 * clarity.ordinal())
                    * (1 + 0.03 * cut.ordinal()) * Math.exp(0.08 * random.nextGaussian());
            stones.add(new PricedStone(new Diamond(carat, cut, color, clarity, depth, table, x, y, z),
                    Math.round(Math.max(price, 300))));
        }
        return stones;
    }
}
