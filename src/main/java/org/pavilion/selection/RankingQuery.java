package org.pavilion.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The ranking of a call, in one SQL statement. An application's mean score is
 * sum(weighted_total) / sum(weight_total) over its scored reviews: every review of a call has the same
 * weight_total (the criteria are fixed once reviewed), so this is exactly the mean of the reviews' weighted
 * scores. PostgreSQL orders by that quotient at 30 decimals, which separates any two distinct means (their
 * difference is at least 1 / (denominator1 x denominator2), far above 10^-30 for weights of at most 4 decimals);
 * equal means fall to the earlier application. The displayed score is the exact quotient rounded once in Java
 * (HALF_EVEN, which PostgreSQL's round() is not).
 */
@ApplicationScoped
class RankingQuery {

    @Inject
    EntityManager em;

    Ranking rank(SelectionSettings settings) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with r as (
                    select application_id,
                           count(*) filter (where not conflict_of_interest) as reviews,
                           count(*) filter (where conflict_of_interest) as conflicts,
                           sum(weighted_total) as weighted, sum(weight_total) as weights
                      from reviews where call_id = :call group by application_id)
                select a.id, a.company_id, c.name_ko, coalesce(r.reviews, 0), coalesce(r.conflicts, 0), r.weighted, r.weights,
                       coalesce(r.reviews, 0) >= :required as complete
                  from %s a join companies c on c.id = a.company_id left join r on r.application_id = a.id
                 where a.programme_id = :call and a.status = :awaiting
                 order by complete desc,
                          case when coalesce(r.reviews, 0) >= :required then r.weighted::numeric(60, 30) / r.weights end desc,
                          a.created_at, a.id
                """.formatted(settings.callKind.applicationsTable))
                .setParameter("call", settings.callId).setParameter("required", settings.reviewsRequired)
                .setParameter("awaiting", CallKind.AWAITING_DECISION).getResultList();
        List<Ranking.Item> items = new ArrayList<>();
        int rank = 0;
        for (Object[] r : rows) {
            boolean complete = (Boolean) r[7];
            BigDecimal weighted = (BigDecimal) r[5];
            String score = weighted == null ? null : weighted.divide((BigDecimal) r[6], 2, RoundingMode.HALF_EVEN).toPlainString();
            items.add(new Ranking.Item((UUID) r[0], (UUID) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue(), score, complete, complete ? ++rank : null));
        }
        return new Ranking(settings.seats, settings.reviewsRequired, items);
    }
}
