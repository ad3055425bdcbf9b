package com.carato.domain;

import java.util.Objects;

/**
 * A stone with the price an expert appraised it at, in US dollars.
 *
 * @param diamond the stone
 * @param price   the appraised price, positive
 */
public record PricedStone(Diamond diamond, double price) {
    public PricedStone {
        Objects.requireNonNull(diamond, "diamond");
        if (!(price > 0) || !Double.isFinite(price)) {
            throw new InvalidDiamondException(java.util.List.of(
                    new FieldError("price", "must be a positive amount, got " + price)));
        }
    }
}
