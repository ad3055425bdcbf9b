package com.carato.data;

import com.carato.domain.Clarity;
import com.carato.domain.Cut;
import com.carato.domain.FieldError;
import com.carato.domain.Said;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.carato.data.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoneCsvReaderTest {

    private final StoneCsvReader reader = new StoneCsvReader(PriceRule.IF_PRESENT);

    @Test
    void keepsEveryRowWithLineNumbersAndReasons() throws Exception {
        ImportReport report = reader.read(fixture("small.csv"));
        assertEquals(9, report.rows().size());
        assertEquals(7, report.acceptedCount());
        assertEquals(2, report.rejectedCount());
        // the blank line 7 holds no data, but the line numbers after it stay true to the file
        assertEquals(List.of(2, 3, 4, 5, 6, 8, 9, 10, 11), report.rows().stream().map(ImportedRow::line).toList());

        ImportedRow noPrice = report.rows().get(7);
        assertEquals(10, noPrice.line());
        assertFalse(noPrice.accepted());
        assertEquals(List.of("price: no valid appraisal: price must be positive, got -1"),
                Said.english(noPrice.errors()));

        ImportedRow zeroSize = report.rows().get(8);
        assertEquals(List.of("x", "y", "z"), zeroSize.errors().stream().map(FieldError::field).toList());
        assertEquals("0.5", zeroSize.values().get(0), "raw values are kept");
    }

    @Test
    void flagsDuplicatesAndSuspiciousDepthWithoutRejecting() throws Exception {
        ImportReport report = reader.read(fixture("small.csv"));
        assertEquals(1, report.duplicateCount());
        ImportedRow duplicate = report.duplicates().get(0);
        assertEquals(8, duplicate.line());
        assertEquals(2, duplicate.duplicateOf());
        assertTrue(duplicate.reasons().contains("exact duplicate of line 2"));

        assertEquals(1, report.warningCount());
        ImportedRow suspicious = report.suspicious().get(0);
        assertEquals(9, suspicious.line());
        assertTrue(suspicious.accepted());
        assertEquals("depth", suspicious.warnings().get(0).field());
        assertTrue(suspicious.warnings().get(0).message().contains("which give 64.7"),
                suspicious.warnings().get(0).message());

        // training data keeps each stone once
        assertEquals(6, report.trainingStones().size());
    }

    @Test
    void unknownGradesNameTheValueAndListTheValidGrades() throws Exception {
        ImportReport report = reader.read(fixture("unknown-grade.csv"));
        ImportedRow row = report.rows().get(1);
        assertEquals(3, row.line());
        assertEquals(List.of("cut", "color"), row.errors().stream().map(FieldError::field).toList());
        assertEquals("unknown cut 'Excellent': valid grades are Fair, Good, Very Good, Premium, Ideal (worst to best)",
                row.errors().get(0).message());
        assertEquals("unknown color 'K': valid grades are J, I, H, G, F, E, D (worst to best)",
                row.errors().get(1).message());
    }

    @Test
    void nonNumericAndMissingValuesAreRowErrors() throws Exception {
        ImportReport report = reader.read(fixture("non-numeric-price.csv"));
        assertEquals(1, report.acceptedCount());
        assertEquals(List.of("price: not a number: 'about 6400'"), Said.english(report.rows().get(1).errors()));
        assertEquals(3, report.rows().get(1).line());
        assertEquals(List.of("price: missing value"), Said.english(report.rows().get(2).errors()));
    }

    @Test
    void missingColumnIsOneFileLevelMessage() {
        DataFileException e = assertThrows(DataFileException.class, () -> reader.read(fixture("missing-column.csv")));
        assertTrue(e.getMessage().endsWith("missing-column.csv: line 1: missing required column clarity"
                + " (the header has: carat, cut, color, depth, table, price, x, y, z)"), e.getMessage());
    }

    @Test
    void emptyFileIsOneFileLevelMessage() {
        DataFileException e = assertThrows(DataFileException.class, () -> reader.read(fixture("empty.csv")));
        assertTrue(e.getMessage().contains("empty.csv: the file is empty"), e.getMessage());
    }

    @Test
    void missingFileIsOneFileLevelMessage(@TempDir Path dir) {
        Path nowhere = dir.resolve("nowhere.csv");
        DataFileException e = assertThrows(DataFileException.class, () -> reader.read(nowhere));
        assertEquals(nowhere + ": file not found", e.getMessage());
    }

    @Test
    void wrongDelimiterIsNamed() {
        DataFileException e = assertThrows(DataFileException.class, () -> reader.read(fixture("pipe-delimited.csv")));
        assertTrue(e.getMessage().contains("is one single column"), e.getMessage());
        assertTrue(e.getMessage().contains("wrong delimiter"), e.getMessage());
    }

    @Test
    void readsAnItalianSpreadsheetExport() throws Exception {
        ImportReport report = reader.read(fixture("italian.csv"));
        assertEquals(';', report.separator());
        assertTrue(report.decimalComma());
        assertEquals(3, report.acceptedCount());
        var first = report.rows().get(0);
        assertEquals(1.1, first.diamond().carat());
        assertEquals(6.61, first.diamond().x());
        assertEquals(4733, first.price());
        assertEquals(Cut.VERY_GOOD, report.rows().get(2).diamond().cut());
        assertEquals(61.7, report.rows().get(2).diamond().depth());
    }

    @Test
    void aDotNumberInADecimalCommaFileIsAmbiguousAndRejectedWithLineAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "carat;cut;color;clarity;depth;table;price;x;y;z\n"
                + "1,1;Ideal;H;SI2;62;55;4.733;6,61;6,65;4,11\n"
                + "1,1;Ideal;H;SI2;62;55;4733;6,61;6,65;4,11\n"
                + "1,1;Ideal;H;SI2;62;55;4.733,00;6,61;6,65;4,11\n");
        ImportReport report = reader.read(file);
        ImportedRow ambiguous = report.rows().get(0);
        assertEquals(2, ambiguous.line());
        assertEquals(List.of("price: ambiguous number '4.733': in this file (decimal comma) the dot"
                + " groups thousands, so it could be 4733 or 4,733; write it without the dot or with a decimal comma"),
                Said.english(ambiguous.errors()));
        assertEquals(4733.0, report.rows().get(1).price(), "no dot: read as it is");
        assertEquals(4733.0, report.rows().get(2).price(), "dot and decimal comma: thousands grouping, unambiguous");
    }

    @Test
    void italianExportWithThousandsSeparatorAndWindowsEncoding(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("export.csv");
        String text = "\uFEFFcarat;cut;color;clarity;depth;table;price;x;y;z\r\n"
                + "2,01;Premium;E;VS2;61,2;58;\"18.787,00\";8,09;8,05;4,94\r\n";
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        ImportReport report = reader.read(file);
        assertEquals(18787.0, report.rows().get(0).price());
        assertEquals(Clarity.VS2, report.rows().get(0).diamond().clarity());

        Files.write(file, "carat;cut;color;clarity;depth;table;price;x;y;z\n1;Idéal;E;VS2;61;58;5000;6,4;6,4;3,9\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        ImportedRow latin1 = reader.read(file).rows().get(0);
        assertTrue(latin1.errors().get(0).message().startsWith("unknown cut 'Idéal'"), latin1.reasons());
    }

    @Test
    void rowsWithTheWrongNumberOfFieldsAreKeptAndQuotedValuesRead() throws Exception {
        ImportReport report = reader.read(fixture("ragged.csv"));
        assertEquals(3, report.rows().size());
        ImportedRow ragged = report.rows().get(1);
        assertEquals(3, ragged.line());
        assertFalse(ragged.accepted());
        assertEquals("has 8 fields but the header has 10 (a value missing, or a value containing ',' without quotes?)",
                ragged.errors().get(0).message());
        assertTrue(report.rows().get(2).accepted(), "quoted values are read");
        assertEquals(5510, report.rows().get(2).price());
    }

    @Test
    void priceColumnIsOptionalUnlessRequired() throws Exception {
        ImportReport report = reader.read(fixture("no-price.csv"));
        assertFalse(report.hasPrice());
        assertEquals(2, report.acceptedCount());
        assertTrue(report.rows().get(0).priceIfKnown().isEmpty());
        assertTrue(report.trainingStones().isEmpty(), "stones without price are not training data");

        DataFileException e = assertThrows(DataFileException.class,
                () -> new StoneCsvReader(PriceRule.REQUIRED).read(fixture("no-price.csv")));
        assertTrue(e.getMessage().contains("missing required column price"), e.getMessage());
    }

    @Test
    void ignoredPricesDoNotRejectRows() throws Exception {
        ImportReport report = new StoneCsvReader(PriceRule.IGNORED).read(fixture("small.csv"));
        assertEquals(8, report.acceptedCount(), "only the zero-size row is rejected when prices are not read");
    }

    @Test
    void neverWritesTheSourceFile(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("small.csv");
        Files.copy(fixture("small.csv"), copy);
        byte[] before = Files.readAllBytes(copy);
        reader.read(copy);
        assertArrayEquals(before, Files.readAllBytes(copy));
    }

    static final String HEADER = "carat,cut,color,clarity,depth,table,price,x,y,z\n";

    @Test
    void numbersBeyondAnyDoubleAreRejectedWithLineAndField() throws Exception {
        ImportReport report = new StoneCsvReader(PriceRule.REQUIRED).read("stones.csv", HEADER
                + "1.1,Ideal,H,SI2,62.0,55.0,4733,6.61,6.65,4.11\n"
                + "1.29,Ideal,H,SI1,62.6,56.0,1e400,6.96,6.93,4.35\n"
                + "1.2,Premium,I,SI1,61.1,58.0,5510,6.88,6.8,-1e400\n");
        ImportedRow infinitePrice = report.rows().get(1);
        assertEquals(3, infinitePrice.line());
        assertEquals(List.of("price: not a finite number: '1e400'"), Said.english(infinitePrice.errors()));
        ImportedRow infiniteSize = report.rows().get(2);
        assertEquals(4, infiniteSize.line());
        assertEquals(List.of("z: not a finite number: '-1e400'"), Said.english(infiniteSize.errors()));
        // the other rows still make training data
        assertEquals(1, report.trainingStones().size());
        assertEquals(4733, report.trainingStones().get(0).price());
    }

    @Test
    void absurdValuesAreRejectedByTheDomainsBounds() throws Exception {
        ImportReport report = reader.read("stones.csv", HEADER
                + "1e308,Ideal,H,SI2,62.0,55.0,4733,6.61,6.65,4.11\n"
                + "1.1,Ideal,H,SI2,62.0,55.0,150000000,6.61,6.65,4.11\n"
                + "1.1,Ideal,H,SI2,62.0,55.0,100000000,6.61,6.65,4.11\n");
        ImportedRow carat = report.rows().get(0);
        assertEquals(2, carat.line());
        assertEquals(List.of("carat: implausible weight (1.0E308 ct): at most 1,000 ct (a typo or another unit?)"), Said.english(carat.errors()));
        ImportedRow price = report.rows().get(1);
        assertEquals(3, price.line());
        assertEquals(List.of("price: implausible price (150000000): at most 100,000,000 dollars (a typo or another unit?)"), Said.english(price.errors()));
        assertTrue(report.rows().get(2).accepted(), "the bound itself is a price: " + report.rows().get(2).reasons());
        assertEquals(1, report.trainingStones().size());
    }

    @Test
    void weightAndSizeMoreThanTwentyPercentApartRejectTheRow() throws Exception {
        ImportReport report = reader.read("stones.csv", HEADER
                + "1.1,Ideal,H,SI2,62.0,55.0,4733,6.61,6.65,4.11\n"
                + "5,Ideal,H,SI2,62.5,55.0,4733,4,4,2.5\n");
        ImportedRow row = report.rows().get(1);
        assertEquals(3, row.line());
        assertFalse(row.accepted());
        assertEquals(List.of("carat: weight 5.00 ct disagrees with the size 4.00 × 4.00 × 2.50 mm,"
                + " which implies about 0.24 ct (more than 20 % apart): check the weight and x, y, z"), Said.english(row.errors()));
        assertTrue(report.rows().get(0).warnings().isEmpty(), report.rows().get(0).reasons());
    }

    @Test
    void weightAndSizeTenToTwentyPercentApartAreAcceptedWithAWarning() throws Exception {
        ImportReport report = reader.read("stones.csv", HEADER
                + "1.1,Ideal,H,SI2,62.0,55.0,4733,6.61,6.65,4.11\n"
                + "1.0,Fair,G,SI2,70.2,58.0,2326,6.0,5.73,4.13\n");
        assertEquals(2, report.acceptedCount());
        assertEquals(1, report.warningCount());
        ImportedRow row = report.suspicious().get(0);
        assertEquals(3, row.line());
        assertEquals(List.of("carat: weight 1.00 ct is 15.5 % off the size 6.00 × 5.73 × 4.13 mm,"
                + " which implies about 0.87 ct (more than 10 %): check the weight and x, y, z"), Said.english(row.warnings()));
        assertEquals(2, report.trainingStones().size(), "a warned stone still trains");
    }

    @Test
    void referenceDataGivesTheKnownCounts() throws Exception {
        ImportReport report = reader.read(Fixtures.referenceData());
        assertEquals(5000, report.rows().size());
        assertEquals(4987, report.acceptedCount());
        assertEquals(13, report.rejectedCount());
        assertEquals(10, report.rejected().stream()
                .filter(r -> r.errors().stream().anyMatch(e -> e.field().equals("price"))).count());
        assertEquals(1, report.rejected().stream()
                .filter(r -> r.errors().stream().anyMatch(e -> e.message().startsWith("zero or negative size"))).count());
        // the two mistyped sizes: z = 1.41 mm on a 1.41 ct stone, x = 5.67 mm on a 0.35 ct stone
        assertEquals(List.of(1778, 3067), report.rejected().stream()
                .filter(r -> r.errors().stream().anyMatch(e -> e.message().startsWith("weight ")))
                .map(ImportedRow::line).toList());
        assertEquals(1, report.duplicateCount());
        assertEquals(4945, report.duplicates().get(0).line());
        assertEquals(2431, report.duplicates().get(0).duplicateOf());
        assertEquals(10, report.warningCount());
        assertEquals(List.of(1115, 1767, 2786, 2882, 3809, 4294), report.suspicious().stream()
                .filter(r -> r.warnings().stream().anyMatch(e -> e.field().equals("carat")))
                .map(ImportedRow::line).toList());
        assertEquals(4986, report.trainingStones().size());
    }
}
