package org.pavilion.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pavilion.fx.FxRequests.RateChange;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.csv.Csv;
import org.pavilion.shared.csv.CsvRecord;
import org.pavilion.shared.domain.Timestamps;
import org.pavilion.shared.money.InvalidMoney;
import org.pavilion.shared.money.Money;
import org.pavilion.shared.paging.FilteredQuery;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.problem.FieldError;
import org.pavilion.shared.security.CurrentUser;
import org.pavilion.shared.web.BusinessDate;

/** Exchange rates: KRW per unit of a currency on a date. */
@ApplicationScoped
public class FxService {

    static final String ENTITY = "fx-rate";
    static final String RATE_PATTERN = "^(?=.*[1-9])[0-9]{1,12}(\\.[0-9]{1,6})?$";
    static final List<String> CSV_HEADER = List.of("currency", "date", "krw_per_unit", "source");

    @Inject
    EntityManager em;

    @Inject
    FxRateRepository rates;

    @Inject
    AuditLog audit;

    @Inject
    FxConfig config;

    @Inject
    CurrentUser user;

    /** A usable rate for converting an amount dated {@code on}. */
    public record Rate(String currency, LocalDate date, BigDecimal krwPerUnit, String source) {
    }

    /** That date's rate, or the latest earlier one within the configured age; empty when none is usable. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Rate> rateFor(String currency, LocalDate on) {
        List<FxRate> rates = em.createQuery("from FxRate r where r.currency = :c and r.rateDate <= :on and r.rateDate >= :oldest "
                + "order by r.rateDate desc", FxRate.class)
                .setParameter("c", currency).setParameter("on", on).setParameter("oldest", on.minusDays(config.maxRateAgeDays()))
                .setMaxResults(1).getResultList();
        return rates.stream().findFirst().map(r -> new Rate(r.currency, r.rateDate, r.krwPerUnit, r.source));
    }

    public int maxRateAgeDays() {
        return config.maxRateAgeDays();
    }

    @Transactional
    FxRate set(String currencyCode, String dateText, RateChange change) {
        String currency = rateCurrency(currencyCode);
        LocalDate date = parseDate(dateText);
        return upsert(currency, date, new BigDecimal(change.krwPerUnit()), change.source().trim());
    }

    @Transactional
    Page<FxRate> list(String currency, LocalDate from, LocalDate to, PageRequest page) {
        return FilteredQuery.from("FxRate r")
                .and("r.currency = :currency", "currency", currency == null ? null : rateCurrency(currency))
                .and("r.rateDate >= :from", "from", from)
                .and("r.rateDate <= :to", "to", to)
                .page(em, FxRate.class, "r.currency, r.rateDate", page);
    }

    /** All rows or none: every bad row and field is reported at once (422). */
    @Transactional
    int importCsv(String text) {
        List<CsvRecord> records = Csv.withHeader(text, CSV_HEADER);
        List<FieldError> errors = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRecord record : records) {
            int before = errors.size();
            String currency = null;
            LocalDate date = null;
            BigDecimal rate = null;
            if (record.fields().size() != CSV_HEADER.size()) {
                errors.add(FieldError.atRow(record.line(), null, "expected " + CSV_HEADER.size() + " fields, found " + record.fields().size()));
                continue;
            }
            try {
                currency = rateCurrency(record.get(0).trim());
            } catch (ApiProblem e) {
                errors.add(FieldError.atRow(record.line(), "currency", "must be an ISO 4217 code other than KRW"));
            }
            date = BusinessDate.parse(record.get(1).trim()).orElse(null);
            if (date == null) {
                errors.add(FieldError.atRow(record.line(), "date", BusinessDate.RULE));
            }
            if (!record.get(2).trim().matches(RATE_PATTERN)) {
                errors.add(FieldError.atRow(record.line(), "krw_per_unit", "must be a positive decimal with at most 6 decimals"));
            } else {
                rate = new BigDecimal(record.get(2).trim());
            }
            String source = record.get(3).trim();
            if (source.isEmpty() || source.length() > 200) {
                errors.add(FieldError.atRow(record.line(), "source", "must be 1 to 200 characters"));
            }
            if (errors.size() == before && !seen.add(currency + "|" + date)) {
                errors.add(FieldError.atRow(record.line(), "date", "repeats an earlier row's currency and date"));
            }
            if (errors.size() == before) {
                rows.add(new Object[] { currency, date, rate, source });
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem.BusinessRule("invalid-csv", "Invalid rows",
                    errors.size() + " problem(s) in the file; nothing was imported.", errors);
        }
        audit.recordedMany(ENTITY, rates.upsertAll(rows));
        return rows.size();
    }

    private FxRate upsert(String currency, LocalDate date, BigDecimal krwPerUnit, String source) {
        List<FxRate> existing = em.createQuery("from FxRate r where r.currency = :c and r.rateDate = :d", FxRate.class)
                .setParameter("c", currency).setParameter("d", date)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (existing.isEmpty()) {
            UUID id = UUID.randomUUID();
            rates.insert(id, currency, date, krwPerUnit, source);
            FxRate created = em.createQuery("from FxRate r where r.currency = :c and r.rateDate = :d", FxRate.class)
                    .setParameter("c", currency).setParameter("d", date).getSingleResult();
            audit.created(ENTITY, created.id, created.snapshot());
            return created;
        }
        FxRate rate = existing.get(0);
        Map<String, Object> before = rate.snapshot();
        rate.krwPerUnit = krwPerUnit;
        rate.source = source;
        rate.updatedAt = Timestamps.now();
        em.flush();
        audit.changed("updated", ENTITY, rate.id, before, rate.snapshot());
        return rate;
    }

    private static String rateCurrency(String code) {
        try {
            String currency = Money.currency(code).getCurrencyCode();
            if (currency.equals("KRW")) {
                throw ApiProblem.BadRequest.field("currency", "KRW needs no rate: rates are KRW per unit of another currency");
            }
            return currency;
        } catch (InvalidMoney e) {
            throw ApiProblem.BadRequest.field("currency", e.getMessage());
        }
    }

    private static LocalDate parseDate(String text) {
        return BusinessDate.parse(text).orElseThrow(() -> ApiProblem.BadRequest.field("date", BusinessDate.RULE));
    }
}
