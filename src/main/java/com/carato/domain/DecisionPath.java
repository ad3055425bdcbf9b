package com.carato.domain;

import java.util.List;

/**
 * The path of a stone through the explanation tree: the visited decisions and the leaf reached.
 *
 * @param steps     the decisions taken, root first
 * @param leafPrice the tree's price for the leaf (USD)
 * @param leafSize  how many training stones reached the same leaf
 * @param leafLow   the lowest appraised price among them (USD)
 * @param leafHigh  the highest appraised price among them (USD)
 */
public record DecisionPath(List<PathStep> steps, double leafPrice, int leafSize, double leafLow, double leafHigh) {
    public DecisionPath {
        steps = List.copyOf(steps);
    }
}
