package com.carato.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A quality grade of a stone. Grades are ordered worst to best: the enum's ordinal is the rank,
 * so {@code compareTo} says which grade is better.
 */
public interface Grade {

    /** The grade as the trade and the data set spell it, e.g. "Very Good", "VS1", "D". */
    String label();

    /** Position in the grade order, 0 = worst. */
    int ordinal();

    /**
     * Parses a grade by its label, ignoring case and surrounding blanks.
     *
     * @throws UnknownGradeException naming the characteristic and listing the valid grades
     */
    static <G extends Enum<G> & Grade> G parse(Class<G> type, String characteristic, String text) {
        String wanted = text == null ? "" : text.strip();
        for (G grade : type.getEnumConstants()) {
            if (grade.label().equalsIgnoreCase(wanted)
                    || grade.name().equalsIgnoreCase(wanted.replace(' ', '_'))) {
                return grade;
            }
        }
        throw new UnknownGradeException(characteristic, wanted, validLabels(type));
    }

    /** The labels of a grade type, worst to best, joined with ", ". */
    static <G extends Enum<G> & Grade> String validLabels(Class<G> type) {
        return Arrays.stream(type.getEnumConstants()).map(Grade::label).collect(Collectors.joining(", "));
    }

}
