package com.carato.domain;

import java.util.List;

/**
 * One decision of the explanation tree, in grading language.
 *
 * @param characteristic the characteristic tested ("carat", "clarity", ...)
 * @param condition      what holds for this stone, in English, e.g. "weight 1.00 ct or more"
 * @param kind           the form of the condition, for translations: grade-is, grade-or-better,
 *                       grade-or-worse, grade-between, carat-at-least, carat-below, carat-between,
 *                       above, at-most, between
 * @param values         the grades or numbers in the condition, in order (numbers formatted)
 */
public record PathStep(String characteristic, String condition, String kind, List<String> values) {
    public PathStep {
        values = List.copyOf(values);
    }

    @Override
    public String toString() {
        return condition;
    }
}
