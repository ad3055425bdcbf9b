package com.carato.ml;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.PricedStone;

import java.io.Serializable;
import java.util.List;

/**
 * The training stones in compact, serializable form (tree features and prices), kept in a bundle
 * for comparables, leaf statistics and the data envelope.
 */
public final class StoneTable implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double[][] features;
    private final double[] prices;

    public StoneTable(List<PricedStone> stones) {
        this.features = new double[stones.size()][];
        this.prices = new double[stones.size()];
        for (int i = 0; i < stones.size(); i++) {
            features[i] = Features.tree(stones.get(i).diamond());
            prices[i] = stones.get(i).price();
        }
    }

    public int size() {
        return prices.length;
    }

    public double[] features(int i) {
        return features[i];
    }

    public double price(int i) {
        return prices[i];
    }

    public Diamond diamond(int i) {
        double[] f = features[i];
        return new Diamond(f[0], Cut.values()[(int) f[1]], Color.values()[(int) f[2]], Clarity.values()[(int) f[3]],
                f[4], f[5], f[6], f[7], f[8]);
    }

    public PricedStone stone(int i) {
        return new PricedStone(diamond(i), prices[i]);
    }
}
