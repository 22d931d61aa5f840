package org.pavilion.shared.csv;

import java.util.ArrayList;
import java.util.List;

import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.problem.FieldError;

/** A small RFC 4180 reader: commas, quoted fields with "" escapes and line breaks inside quotes. */
public final class Csv {

    private Csv() {
    }

    /** Parses a whole file; an unterminated quote is a 422 naming its line. */
    public static List<CsvRecord> parse(String text) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
                    fields.add(field.toString());
                    records.add(new CsvRecord(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new ApiProblem.BusinessRule("invalid-csv", "Invalid CSV", "A quoted field is never closed.",
                    List.of(FieldError.atRow(recordLine, null, "a quoted field starting here is never closed")));
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new CsvRecord(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    /** Checks the header is exactly the expected columns; 422 otherwise. */
    public static List<CsvRecord> withHeader(String text, List<String> expected) {
        List<CsvRecord> records = parse(text);
        if (records.isEmpty()) {
            throw new ApiProblem.BusinessRule("invalid-csv", "Invalid CSV", "The file is empty; expected the header "
                    + String.join(",", expected) + ".", List.of(FieldError.atRow(1, null, "missing header")));
        }
        List<String> header = records.get(0).fields().stream().map(String::trim).toList();
        if (!header.equals(expected)) {
            throw new ApiProblem.BusinessRule("invalid-csv", "Invalid CSV", "The header must be " + String.join(",", expected)
                    + ".", List.of(FieldError.atRow(1, null, "expected header " + String.join(",", expected))));
        }
        return records.subList(1, records.size());
    }

    /** Quotes a value for writing when it needs it. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        String safe = value;
        // Cells starting with these are formulas in spreadsheet software: neutralise them.
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0 && !safe.matches("-?[0-9.]+")) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
