package com.carato.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stone with the price an expert appraised it at, in US dollars.
 *
 * @param diamond the stone
 * @param price   the appraised price, positive, at most {@link #MAX_PRICE}
 */
public record PricedStone(Diamond diamond, double price) {

    /**
     * The largest plausible appraisal in US dollars. The most ever paid for a diamond, the Pink Star
     * at auction in 2017, is about $71 million; a larger number is a typo or another currency unit.
     */
    public static final double MAX_PRICE = 100_000_000;

    public PricedStone {
        Objects.requireNonNull(diamond, "diamond");
        Optional<FieldError> error = checkPrice(price);
        if (error.isPresent()) {
            throw new InvalidDiamondException(List.of(error.get()));
        }
    }

    /**
     * What is wrong with an appraised price, or empty when it is a valid one: a finite amount in
     * (0, {@link #MAX_PRICE}]. The one rule for prices, of the importer as of this record.
     */
    public static Optional<FieldError> checkPrice(double price) {
        if (!Double.isFinite(price)) {
            return Optional.of(new FieldError("price", FieldProblem.NOT_A_NUMBER_VALUE, String.valueOf(price)));
        }
        if (price <= 0) {
            return Optional.of(new FieldError("price", FieldProblem.PRICE_NOT_POSITIVE, Diamond.format(price)));
        }
        if (price > MAX_PRICE) {
            return Optional.of(new FieldError("price", FieldProblem.PRICE_IMPLAUSIBLE, Diamond.format(price), MAX_PRICE));
        }
        return Optional.empty();
    }
}
