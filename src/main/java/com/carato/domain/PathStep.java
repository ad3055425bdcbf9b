package com.carato.domain;

/**
 * One decision of the explanation tree, in grading language.
 *
 * @param characteristic the characteristic tested ("carat", "clarity", ...)
 * @param condition      what holds for this stone, e.g. "carat above 1.00", "clarity VS1 or better"
 */
public record PathStep(String characteristic, String condition) {
    @Override
    public String toString() {
        return condition;
    }
}
