package org.pavilion.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pavilion.shared.web.BusinessDate;

class BusinessDateTest {

    @Test
    void datesFrom1900To2999AreAccepted() {
        assertThat(BusinessDate.parse("1900-01-01")).hasValue(LocalDate.of(1900, 1, 1));
        assertThat(BusinessDate.parse("2999-12-31")).hasValue(LocalDate.of(2999, 12, 31));
        assertThat(BusinessDate.parse("2024-02-29")).hasValue(LocalDate.of(2024, 2, 29));
    }

    @Test
    void datesBeyondTheRangeOrInAnotherShapeAreRefused() {
        for (String text : new String[] { "1899-12-31", "3000-01-01", "+57412-01-01", "-0001-01-01", "20250303", "2025-3-3",
                "2025-02-29", "2025-13-01", "2025-03-03T00:00", " 2025-03-03", "", "２０２５-03-03" }) {
            assertThat(BusinessDate.parse(text)).as(text).isEmpty();
        }
        assertThat(BusinessDate.parse(null)).isEmpty();
    }
}
