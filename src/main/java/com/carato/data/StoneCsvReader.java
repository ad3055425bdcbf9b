package com.carato.data;

import com.carato.domain.Clarity;
import com.carato.domain.Color;
import com.carato.domain.Cut;
import com.carato.domain.Diamond;
import com.carato.domain.FieldError;
import com.carato.domain.FieldProblem;
import com.carato.domain.FileProblem;
import com.carato.domain.Grade;
import com.carato.domain.PricedStone;
import com.carato.domain.UnknownGradeException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a CSV file of stones into an {@link ImportReport}, validating every row.
 *
 * <p>Every column is read as text through Tablesaw (its type guessing samples the first rows and
 * then fails on later ones) and validated here row by row, so a bad value costs one row, never the
 * file. Accepts the comma-separated export of the reference data and the semicolon-separated one
 * of an Italian-locale spreadsheet (decimal comma). The file is only read, never written.
 */
public final class StoneCsvReader {

    /** One to three digits, then groups of three after dots: "4.733", "12.345.678" (no sign, no comma). */
    private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final PriceRule priceRule;

    public StoneCsvReader(PriceRule priceRule) {
        this.priceRule = priceRule;
    }

    /** Reads a file; throws only for file-level problems, with a message naming the file. */
    public ImportReport read(Path file) throws DataFileException {
        if (!Files.exists(file)) {
            throw DataFileException.of(file, FileProblem.NOT_FOUND);
        }
        if (!Files.isRegularFile(file)) {
            throw DataFileException.of(file, FileProblem.NOT_A_FILE);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataFileException(file.toString(), e, FileProblem.UNREADABLE, String.valueOf(e.getMessage()));
        }
        return read(file.toString(), decode(bytes));
    }

    /** Reads CSV text; {@code source} names it in messages. */
    public ImportReport read(String source, String text) throws DataFileException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new DataFileException(source, FileProblem.EMPTY, String.join(",", Diamond.FIELDS) + ",price");
        }
        String headerLine = firstNonBlankLine(text);
        char separator = CsvRecords.guessSeparator(headerLine);
        List<String> header = CsvRecords.headerNames(headerLine, separator);
        Map<String, Integer> columns = columnIndex(source, header);
        checkRequiredColumns(source, header, columns, headerLine);

        List<CsvRecords.Record> records = CsvRecords.split(text, separator);
        List<CsvRecords.Record> body = records.subList(1, records.size());
        List<CsvRecords.Record> wellFormed = new ArrayList<>();
        Map<Integer, ImportedRow> malformed = new HashMap<>();
        for (CsvRecords.Record record : body) {
            if (record.fieldCount() == header.size()) {
                wellFormed.add(record);
            } else {
                malformed.put(record.line(), new ImportedRow(record.line(), List.of(record.text()), null, Double.NaN,
                        List.of(new FieldError("row", FieldProblem.FIELD_COUNT, record.fieldCount(), header.size(),
                                printable(separator))),
                        List.of(), 0));
            }
        }

        Table table = parseWithTablesaw(source, records.get(0), wellFormed, separator);
        boolean decimalComma = separator != ',';
        boolean readPrice = priceRule != PriceRule.IGNORED && columns.containsKey("price");
        RowValidator validator = new RowValidator(columns, decimalComma, readPrice);

        List<ImportedRow> rows = new ArrayList<>(body.size());
        int next = 0;
        for (CsvRecords.Record record : body) {
            ImportedRow bad = malformed.get(record.line());
            if (bad != null) {
                rows.add(bad);
                continue;
            }
            List<String> values = new ArrayList<>(header.size());
            for (int c = 0; c < header.size(); c++) {
                String value = table.stringColumn(c).get(next);
                values.add(value == null ? "" : value);
            }
            next++;
            rows.add(validator.validate(record.line(), values));
        }
        return new ImportReport(source, separator, decimalComma, header, readPrice, rows);
    }

    private static Table parseWithTablesaw(String source, CsvRecords.Record header,
                                           List<CsvRecords.Record> records, char separator)
            throws DataFileException {
        StringBuilder csv = new StringBuilder(header.text()).append('\n');
        for (CsvRecords.Record record : records) {
            csv.append(record.text()).append('\n');
        }
        Function<String, ColumnType> allText = name -> ColumnType.STRING;
        try {
            return Table.read().usingOptions(CsvReadOptions.builder(new StringReader(csv.toString()))
                    .tableName(source)
                    .separator(separator)
                    .header(true)
                    .columnTypes(allText)
                    .missingValueIndicator("")
                    .maxCharsPerColumn(4096)
                    .build());
        } catch (RuntimeException e) {
            throw new DataFileException(source, e, FileProblem.NOT_CSV, String.valueOf(e.getMessage()));
        }
    }

    private static Map<String, Integer> columnIndex(String source, List<String> header) throws DataFileException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.ROOT);
            if (index.putIfAbsent(name, i) != null) {
                throw new DataFileException(source, FileProblem.DUPLICATE_COLUMN, header.get(i));
            }
        }
        return index;
    }

    private void checkRequiredColumns(String source, List<String> header, Map<String, Integer> columns,
                                      String headerLine) throws DataFileException {
        Set<String> missing = new LinkedHashSet<>();
        for (String field : Diamond.FIELDS) {
            if (!columns.containsKey(field)) {
                missing.add(field);
            }
        }
        if (priceRule == PriceRule.REQUIRED && !columns.containsKey("price")) {
            missing.add("price");
        }
        if (missing.isEmpty()) {
            return;
        }
        if (header.size() == 1) {
            throw new DataFileException(source, FileProblem.ONE_COLUMN, abbreviate(headerLine));
        }
        throw new DataFileException(source, missing.size() > 1 ? FileProblem.MISSING_COLUMNS : FileProblem.MISSING_COLUMN,
                String.join(", ", missing), String.join(", ", header));
    }

    private static String firstNonBlankLine(String text) {
        for (String line : text.split("\\R", -1)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            // spreadsheets on Windows save in the ANSI code page
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static String printable(char separator) {
        return separator == '\t' ? "tab" : String.valueOf(separator);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** Validates one row's texts; collects every problem rather than stopping at the first. */
    private static final class RowValidator {
        private final Map<String, Integer> columns;
        private final boolean decimalComma;
        private final boolean readPrice;
        private final Map<DuplicateKey, Integer> seen = new HashMap<>();

        RowValidator(Map<String, Integer> columns, boolean decimalComma, boolean readPrice) {
            this.columns = columns;
            this.decimalComma = decimalComma;
            this.readPrice = readPrice;
        }

        ImportedRow validate(int line, List<String> values) {
            List<FieldError> errors = new ArrayList<>();
            double carat = number(values, "carat", errors);
            Cut cut = grade(values, "cut", Cut::parse, errors);
            Color color = grade(values, "color", Color::parse, errors);
            Clarity clarity = grade(values, "clarity", Clarity::parse, errors);
            double depth = number(values, "depth", errors);
            double table = number(values, "table", errors);
            double x = number(values, "x", errors);
            double y = number(values, "y", errors);
            double z = number(values, "z", errors);
            Diamond.checkUnreported(errors, carat, cut, color, clarity, depth, table, x, y, z);
            double price = Double.NaN;
            if (readPrice) {
                price = number(values, "price", errors);
                if (!Double.isNaN(price)) {
                    Optional<FieldError> invalid = PricedStone.checkPrice(price);
                    if (invalid.isPresent()) {
                        errors.add(invalid.get());
                        price = Double.NaN;
                    }
                }
            }
            if (!errors.isEmpty()) {
                return new ImportedRow(line, values, null, Double.NaN, sortByColumn(errors), List.of(), 0);
            }
            Diamond diamond = new Diamond(carat, cut, color, clarity, depth, table, x, y, z);
            List<FieldError> warnings = new ArrayList<>();
            if (diamond.depthDisagrees()) {
                warnings.add(new FieldError("depth", FieldProblem.DEPTH_DISAGREES,
                        depth, diamond.computedDepth(), Diamond.DEPTH_TOLERANCE));
            }
            diamond.weightSizeWarning().ifPresent(warnings::add);
            Integer first = seen.putIfAbsent(new DuplicateKey(diamond, price), line);
            int duplicateOf = first == null ? 0 : first;
            return new ImportedRow(line, values, diamond, price, List.of(), sortByColumn(warnings), duplicateOf);
        }

        private List<FieldError> sortByColumn(List<FieldError> errors) {
            return errors.stream()
                    .sorted(java.util.Comparator.comparingInt(e -> columns.getOrDefault(e.field(), Integer.MAX_VALUE)))
                    .toList();
        }

        private double number(List<String> values, String field, List<FieldError> errors) {
            String raw = values.get(columns.get(field)).strip();
            if (raw.isEmpty()) {
                errors.add(new FieldError(field, FieldProblem.MISSING_VALUE));
                return Double.NaN;
            }
            String text = raw;
            if (decimalComma && text.indexOf(',') < 0 && THOUSANDS.matcher(text).matches()) {
                // in decimal-comma notation a dot groups thousands, but a dot-decimal export looks the same
                errors.add(new FieldError(field, FieldProblem.AMBIGUOUS_NUMBER, raw, raw.replace(".", ""),
                        raw.replace('.', ',')));
                return Double.NaN;
            }
            if (decimalComma && text.indexOf(',') >= 0) {
                text = text.replace(".", "").replace(',', '.');
            }
            if (!NUMBER.matcher(text).matches()) {
                errors.add(new FieldError(field, FieldProblem.NOT_A_NUMBER, raw));
                return Double.NaN;
            }
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                // beyond the range of a double (1e400): no field has a use for it, each has a bound
                errors.add(new FieldError(field, FieldProblem.NOT_FINITE, raw));
                return Double.NaN;
            }
            return value;
        }

        private <G extends Enum<G> & Grade> G grade(List<String> values, String field,
                                                     Function<String, G> parser, List<FieldError> errors) {
            String raw = values.get(columns.get(field)).strip();
            if (raw.isEmpty()) {
                errors.add(new FieldError(field, FieldProblem.MISSING_VALUE));
                return null;
            }
            try {
                return parser.apply(raw);
            } catch (UnknownGradeException e) {
                errors.add(new FieldError(field, FieldProblem.UNKNOWN_GRADE, e.characteristic(), e.value(),
                        e.validGrades()));
                return null;
            }
        }
    }

    private record DuplicateKey(Diamond diamond, double price) {
    }
}
