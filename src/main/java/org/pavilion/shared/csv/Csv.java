package org.pavilion.shared.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.problem.FieldError;
import org.pavilion.shared.web.PlainText;

/** A small RFC 4180 reader: commas, quoted fields with "" escapes and line breaks inside quotes. */
public final class Csv {

    private Csv() {
    }

    /** Parses a whole file; an unterminated quote is a 422 naming its line. */
    public static List<CsvRecord> parse(String text) {
        List<CsvRecord> records = new ArrayList<>();
        read(new StringReader(text), records::add);
        return records;
    }

    /**
     * Reads records one at a time from a stream, so a large file is never held whole: an unterminated
     * quote is a 422 naming its line.
     */
    public static void read(Reader source, Consumer<CsvRecord> each) {
        try {
            PushbackReader in = new PushbackReader(new BufferedReader(source, 1 << 16), 1);
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int line = 1;
            int recordLine = 1;
            boolean quoted = false;
            boolean fieldStarted = false;
            int c = in.read();
            if (c == '\uFEFF') {
                c = in.read();
            }
            for (; c != -1; c = in.read()) {
                if (quoted) {
                    if (c == '"') {
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                in.unread(next);
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                    fieldStarted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        int next = in.read();
                        if (next != '\n' && next != -1) {
                            in.unread(next);
                        }
                    }
                    if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
                        fields.add(field.toString());
                        emit(each, recordLine, fields);
                    }
                    fields.clear();
                    field.setLength(0);
                    fieldStarted = false;
                    line++;
                    recordLine = line;
                } else {
                    field.append((char) c);
                    fieldStarted = true;
                }
            }
            if (quoted) {
                throw new ApiProblem.BusinessRule("invalid-csv", "Invalid CSV", "A quoted field is never closed.",
                        List.of(FieldError.atRow(recordLine, null, "a quoted field starting here is never closed")));
            }
            if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
                fields.add(field.toString());
                emit(each, recordLine, fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands on one record, after the one text rule: a control character or lone surrogate is a 422 naming its line. */
    private static void emit(Consumer<CsvRecord> each, int line, List<String> fields) {
        for (String field : fields) {
            PlainText.problemWith(field).ifPresent(problem -> {
                throw new ApiProblem.BusinessRule("invalid-csv", "Invalid CSV", "A field on line " + line + " " + problem + ".",
                        List.of(FieldError.atRow(line, null, "a field " + problem)));
            });
        }
        each.accept(new CsvRecord(line, List.copyOf(fields)));
    }

    /** Checks the header is exactly the expected columns; 422 otherwise. */
    public static List<CsvRecord> withHeader(String text, List<String> expected) {
        List<CsvRecord> records = new ArrayList<>();
        eachWithHeader(new StringReader(text), expected, records::add);
        return records;
    }

    /** Streams the records after a header that must be exactly the expected columns (422 otherwise). */
    public static void eachWithHeader(Reader source, List<String> expected, Consumer<CsvRecord> each) {
        boolean[] headerSeen = { false };
        read(source, record -> {
            if (headerSeen[0]) {
                each.accept(record);
                return;
            }
            headerSeen[0] = true;
            List<String> header = record.fields().stream().map(String::trim).toList();
            if (!header.equals(expected)) {
                throw new ApiProblem.BusinessRule("invalid-csv", "Invalid CSV", "The header must be " + String.join(",", expected)
                        + ".", List.of(FieldError.atRow(1, null, "expected header " + String.join(",", expected))));
            }
        });
        if (!headerSeen[0]) {
            throw new ApiProblem.BusinessRule("invalid-csv", "Invalid CSV", "The file is empty; expected the header "
                    + String.join(",", expected) + ".", List.of(FieldError.atRow(1, null, "missing header")));
        }
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
