package com.carato.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into physical records before Tablesaw parses them, so that every record keeps
 * its line number and its field count can be checked: Tablesaw neither reports line numbers nor
 * keeps rows with the wrong number of fields. Quoted fields may hold separators and line breaks.
 */
final class CsvRecords {

    /** One record: where it starts, its text (without the line break) and how many fields it has. */
    record Record(int line, String text, int fieldCount) {
    }

    private CsvRecords() {
    }

    /** The records of {@code text}, blank lines left out (they hold no data). */
    static List<Record> split(String text, char separator) {
        List<Record> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int fields = 1;
        int line = 1;
        int startLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == separator) {
                fields++;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                add(records, startLine, current, fields);
                current.setLength(0);
                fields = 1;
                line++;
                startLine = line;
                continue;
            } else if (c == '\n') {
                line++;
            }
            current.append(c);
        }
        add(records, startLine, current, fields);
        return records;
    }

    private static void add(List<Record> records, int line, StringBuilder text, int fields) {
        if (!text.toString().isBlank()) {
            records.add(new Record(line, text.toString(), fields));
        }
    }

    /** Splits one header line into names, honouring quotes. */
    static List<String> headerNames(String headerLine, char separator) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                names.add(name.toString().strip());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString().strip());
        return names;
    }

    /** The most frequent of ',' ';' and tab outside quotes in the header line (',' when none). */
    static char guessSeparator(String headerLine) {
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = headerLine.chars().filter(ch -> ch == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
