package com.carato.domain;

/**
 * A stone of the training data that resembles the appraised one.
 *
 * @param stone    the stone with the price the expert gave it
 * @param distance how different it is (0 = identical characteristics; smaller is closer)
 */
public record ComparableStone(PricedStone stone, double distance) {
}
