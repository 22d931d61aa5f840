package org.pavilion.shared.csv;

import java.util.List;

/** One record of a CSV file, with the line it starts on (the header is line 1). */
public record CsvRecord(int line, List<String> fields) {

    public String get(int index) {
        return index < fields.size() ? fields.get(index) : null;
    }
}
