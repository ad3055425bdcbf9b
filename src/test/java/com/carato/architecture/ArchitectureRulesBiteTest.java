package com.carato.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The issue-11 rules of {@link ArchitectureTest} are not vacuous: run on fixture classes that break
 * them on purpose (test sources only, never part of the app), each rule reports the breach.
 */
class ArchitectureRulesBiteTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importPackages("com.carato.app.ui.archfixture", "com.carato.archfixture");

    @Test
    void aScreenBuildingAServiceIsCaught() {
        EvaluationResult result = ArchitectureTest.screensDoNotBuildServices.evaluate(FIXTURES);
        assertTrue(result.hasViolation());
        String report = result.getFailureReport().toString();
        assertTrue(report.contains("ModelService.<init>"), report);
        assertTrue(report.contains("ActiveModel.<init>"), report);
    }

    @Test
    void jacksonOutsideItsPackagesIsCaught() {
        EvaluationResult result = ArchitectureTest.jacksonOnlyAtTheEdgesAndInTheRegistry.evaluate(FIXTURES);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("BuildsItsOwnService"));
    }

    @Test
    void aCycleBetweenSubPackagesIsCaught() {
        EvaluationResult result = ArchitectureTest.noCyclesBetweenSubPackages.evaluate(FIXTURES);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("archfixture"));
    }
}
