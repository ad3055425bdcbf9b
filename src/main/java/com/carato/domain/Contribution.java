package com.carato.domain;

/**
 * How much one characteristic moves this stone's price away from the baseline, in dollars.
 *
 * @param characteristic the characteristic ("carat", "clarity", "measurements", ...)
 * @param value          this stone's value, as a grader would write it ("1.01 ct", "VS1")
 * @param dollars        its share of (price - baseline); positive raises the price
 */
public record Contribution(String characteristic, String value, double dollars) {
}
