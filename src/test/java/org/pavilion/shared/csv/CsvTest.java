package org.pavilion.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pavilion.shared.problem.ApiProblem;

class CsvTest {

    @Test
    void readsQuotesEscapedQuotesLineBreaksInsideQuotesCrlfAndABom() {
        List<CsvRecord> records = Csv.parse("\uFEFFa,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\nlast,\n");
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 4);
        assertThat(records.get(0).fields()).containsExactly("a", "b");
        assertThat(records.get(1).fields()).containsExactly("x, \"y\"", "two\nlines");
        assertThat(records.get(2).fields()).containsExactly("last", "");
    }

    @Test
    void streamsRecordsOneByOneAfterTheHeader() {
        List<CsvRecord> seen = new ArrayList<>();
        Csv.eachWithHeader(new StringReader("h1,h2\n1,2\n3,4"), List.of("h1", "h2"), seen::add);
        assertThat(seen).extracting(CsvRecord::line).containsExactly(2, 3);
    }

    @Test
    void anUnclosedQuoteNamesTheLineItStartsOn() {
        assertThatThrownBy(() -> Csv.parse("a,b\n1,\"open\nstill open"))
                .isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).errors().get(0).row()).isEqualTo(2));
    }

    @Test
    void aWrongOrMissingHeaderIsRefused() {
        assertThatThrownBy(() -> Csv.withHeader("x,y\n1,2", List.of("h1", "h2"))).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> Csv.withHeader("", List.of("h1", "h2"))).isInstanceOf(ApiProblem.class);
    }
}
