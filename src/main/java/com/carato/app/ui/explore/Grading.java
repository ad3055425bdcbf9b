package com.carato.app.ui.explore;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.Grade;

import java.util.Arrays;
import java.util.List;

/** A grade the charts group or colour stones by. Grades are listed worst to best. */
public enum Grading {
    CUT(Cut.values()),
    COLOR(Color.values()),
    CLARITY(Clarity.values());

    private final List<Grade> grades;

    Grading(Grade[] grades) {
        this.grades = List.copyOf(Arrays.asList(grades));
    }

    /** The grades, worst to best. */
    public List<Grade> grades() {
        return grades;
    }

    /** The stone's grade of this kind. */
    public Grade of(Diamond stone) {
        return switch (this) {
            case CUT -> stone.cut();
            case COLOR -> stone.color();
            case CLARITY -> stone.clarity();
        };
    }

    /** Rank of the stone's grade, 0 = worst. */
    public int rank(Diamond stone) {
        return of(stone).ordinal();
    }
}
