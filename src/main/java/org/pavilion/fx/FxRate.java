package org.pavilion.fx;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** KRW for one unit of a currency on a date (per 1 yen for JPY), with its source. */
@Entity
@Table(name = "fx_rates")
class FxRate {

    @Id
    UUID id;
    @Column(columnDefinition = "bpchar(3)")
    String currency;
    LocalDate rateDate;
    BigDecimal krwPerUnit;
    String source;
    Instant updatedAt;

    protected FxRate() {
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("currency", currency);
        s.put("date", rateDate.toString());
        s.put("krwPerUnit", krwPerUnit.toPlainString());
        s.put("source", source);
        return s;
    }
}
