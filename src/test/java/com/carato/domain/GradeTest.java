package com.carato.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradeTest {

    @Test
    void gradesAreOrderedWorstToBest() {
        assertTrue(Cut.FAIR.compareTo(Cut.IDEAL) < 0);
        assertTrue(Cut.VERY_GOOD.compareTo(Cut.PREMIUM) < 0);
        assertTrue(Color.J.compareTo(Color.D) < 0, "D is the best colour");
        assertTrue(Clarity.I1.compareTo(Clarity.IF) < 0);
        assertTrue(Clarity.VS2.compareTo(Clarity.VS1) < 0);
        assertTrue(Clarity.VVS2.compareTo(Clarity.VVS1) < 0);
        assertEquals("Fair, Good, Very Good, Premium, Ideal", Grade.validLabels(Cut.class));
        assertEquals("J, I, H, G, F, E, D", Grade.validLabels(Color.class));
        assertEquals("I1, SI2, SI1, VS2, VS1, VVS2, VVS1, IF", Grade.validLabels(Clarity.class));
    }

    @ParameterizedTest
    @CsvSource({"Very Good,VERY_GOOD", "very good,VERY_GOOD", " Ideal ,IDEAL", "VERY_GOOD,VERY_GOOD"})
    void cutParsesTheDataSetSpelling(String text, Cut expected) {
        assertEquals(expected, Cut.parse(text));
    }

    @Test
    void colorAndClarityParseIgnoringCase() {
        assertEquals(Color.D, Color.parse("d"));
        assertEquals(Clarity.VVS1, Clarity.parse("vvs1"));
        assertEquals(Clarity.IF, Clarity.parse("IF"));
    }

    @Test
    void unknownGradeListsTheValidOnes() {
        UnknownGradeException e = assertThrows(UnknownGradeException.class, () -> Clarity.parse("VS3"));
        assertEquals("unknown clarity 'VS3': valid grades are I1, SI2, SI1, VS2, VS1, VVS2, VVS1, IF (worst to best)",
                e.getMessage());
        assertEquals("clarity", e.characteristic());
        UnknownGradeException cut = assertThrows(UnknownGradeException.class, () -> Cut.parse("Excellent"));
        assertTrue(cut.getMessage().contains("Fair, Good, Very Good, Premium, Ideal"), cut.getMessage());
        assertThrows(UnknownGradeException.class, () -> Color.parse("K"));
        assertThrows(UnknownGradeException.class, () -> Color.parse(""));
    }
}
