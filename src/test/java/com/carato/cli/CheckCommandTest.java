package com.carato.cli;

import com.carato.data.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.carato.data.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {

    @Test
    void reportsTheReferenceData() {
        CliRunner.Result result = CliRunner.run("check", Fixtures.referenceData().toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("5,000 rows: 4,987 accepted, 13 rejected, 1 duplicate, 10 warnings"), result.out());
        assertTrue(result.out().contains("line 333: price: no valid appraisal: price must be positive, got -1"));
        assertTrue(result.out().contains("line 4323: x: zero or negative size (0)"));
        assertTrue(result.out().contains("line 4945: exact duplicate of line 2431"));
        assertTrue(result.out().contains("line 1778: carat: weight 1.41 ct disagrees with the size 7.31 × 7.22 × 1.41 mm,"
                + " which implies about 0.45 ct (more than 20 % apart)"), result.out());
        assertTrue(result.out().contains("line 3067: carat: weight 0.35 ct disagrees with the size 5.67 × 5.64 × 3.53 mm"),
                result.out());
        assertTrue(result.out().contains("line 3809: carat: weight 1.00 ct is 15.5 % off the size 6.00 × 5.73 × 4.13 mm"),
                result.out());
    }

    @Test
    void nonFiniteAndAbsurdNumbersAreReportedWithLineAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("absurd.csv");
        Files.writeString(file, "carat,cut,color,clarity,depth,table,price,x,y,z\n"
                + "1.1,Ideal,H,SI2,62.0,55.0,1e400,6.61,6.65,4.11\n"
                + "1e308,Ideal,H,SI1,62.6,56.0,6424,6.96,6.93,4.35\n"
                + "1.2,Premium,I,SI1,61.1,58.0,5510,6.88,6.8,4.18\n");
        CliRunner.Result result = CliRunner.run("check", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("3 rows: 1 accepted, 2 rejected"), result.out());
        assertTrue(result.out().contains("line 2: price: not a finite number: '1e400'"), result.out());
        assertTrue(result.out().contains("line 3: carat: implausible weight (1.0E308 ct): at most 1,000 ct"), result.out());
    }

    @Test
    void jsonGivesTheSameReport() throws Exception {
        CliRunner.Result result = CliRunner.run("check", "--json", Fixtures.referenceData().toString());
        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(5000, json.get("rows").asInt());
        assertEquals(4987, json.get("accepted").asInt());
        assertEquals(13, json.get("rejected").asInt());
        assertEquals(1, json.get("duplicates").asInt());
        assertEquals(10, json.get("warnings").asInt());
        assertEquals(13, json.get("rejectedRows").size());
        JsonNode first = json.get("rejectedRows").get(0);
        assertEquals(333, first.get("line").asInt());
        assertEquals("-1", first.get("values").get("price").asText());
        assertEquals("price", first.get("reasons").get(0).get("field").asText());
        assertEquals("field.price-not-positive", first.get("reasons").get(0).get("code").asText(), "a stable code");
        assertEquals("no valid appraisal: price must be positive, got -1",
                first.get("reasons").get(0).get("message").asText(), "the English text is kept");
        assertEquals(2431, json.get("duplicateRows").get(0).get("duplicateOf").asInt());
    }

    @Test
    void unknownGradeIsReportedWithLineAndValidGrades() {
        CliRunner.Result result = CliRunner.run("check", fixture("unknown-grade.csv").toString());
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("line 3: cut: unknown cut 'Excellent': valid grades are Fair, Good, Very Good,"
                + " Premium, Ideal (worst to best)"), result.out());
    }

    @Test
    void nonNumericPriceIsReportedWithLine() {
        CliRunner.Result result = CliRunner.run("check", fixture("non-numeric-price.csv").toString());
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("line 3: price: not a number: 'about 6400'"), result.out());
        assertTrue(result.out().contains("line 4: price: missing value"), result.out());
    }

    @Test
    void fileLevelErrorsExitNonZeroWithOneMessage() {
        CliRunner.Result missing = CliRunner.run("check", fixture("missing-column.csv").toString());
        assertEquals(ExitCodes.FILE_ERROR, missing.exitCode());
        assertTrue(missing.err().contains("missing required column clarity"), missing.err());
        assertFalse(missing.err().contains("Exception"), "no stack trace: " + missing.err());

        CliRunner.Result empty = CliRunner.run("check", fixture("empty.csv").toString());
        assertEquals(ExitCodes.FILE_ERROR, empty.exitCode());
        assertTrue(empty.err().contains("the file is empty"), empty.err());

        CliRunner.Result absent = CliRunner.run("check", "no/such/file.csv");
        assertEquals(ExitCodes.FILE_ERROR, absent.exitCode());
        assertTrue(absent.err().contains("file not found"), absent.err());
    }

    @Test
    void italianExportIsRead() {
        CliRunner.Result result = CliRunner.run("check", fixture("italian.csv").toString());
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("semicolon-separated, decimal comma"), result.out());
        assertTrue(result.out().contains("3 rows: 3 accepted, 0 rejected"), result.out());
    }

    @Test
    void helpListsTheCommands() {
        CliRunner.Result help = CliRunner.run("help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("appraise") && help.out().contains("retrain"), help.out());
        assertTrue(CaratoCommand.isCommand("help"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCodes.USAGE, CliRunner.run("check").exitCode());
        assertTrue(CaratoCommand.isCommand("check", "x"));
        assertFalse(CaratoCommand.isCommand("--data", "x.csv"));
        assertFalse(CaratoCommand.isCommand());
    }
}
