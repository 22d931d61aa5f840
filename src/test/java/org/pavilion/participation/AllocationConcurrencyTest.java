package org.pavilion.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pavilion.support.ProgrammeFixtures.aProgramme;
import static org.pavilion.support.ProgrammeFixtures.aSelectedParticipation;
import static org.pavilion.support.ProgrammeFixtures.allocate;
import static org.pavilion.support.ProgrammeFixtures.anAllocation;
import static org.pavilion.support.ProgrammeFixtures.disburse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pavilion.programme.ProgrammeLedger;
import org.pavilion.support.Concurrently;

import io.quarkus.test.junit.QuarkusTest;

/** Many requests at once: the budget, the cap and the allocations hold, because PostgreSQL holds them. */
@QuarkusTest
class AllocationConcurrencyTest {

    @Inject
    ProgrammeLedger ledger;

    @Test
    void fortySimultaneousAllocationsNeverPassTheBudgetOrTheCap() throws Exception {
        String programme = aProgramme().withBudget(100_000_000).withCap(12_000_000).create();
        List<String> participations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            participations.add(aSelectedParticipation(programme));
        }
        // Two requests per company, 40 in all, each KRW 12,000,000: only 8 fit the budget, one per company at most.
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String participation = participations.get(i % 20);
            requests.add(() -> allocate(participation, "EXHIBITION_FEE", 12_000_000).statusCode());
        }
        Map<Integer, Long> statuses = fireAtOnce(requests);

        assertThat(statuses.get(201)).isEqualTo(8L);
        assertThat(statuses.get(422)).isEqualTo(32L);
        assertThat(statuses.keySet()).containsOnly(201, 422);
        AllocationApiTest.summaryOf(programme).body("budgetSummary.allocated.amount", equalTo("96000000"))
                .body("budgetSummary.remaining.amount", equalTo("4000000"));
        assertThat(ledger.programmesWhoseCountersDisagree()).isEmpty();
    }

    @Test
    void simultaneousDisbursementsNeverPassTheAllocation() throws Exception {
        String allocation = anAllocation(aSelectedParticipation(aProgramme().create()), 10_000_000);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            requests.add(() -> disburse(allocation, 3_000_000).statusCode());
        }
        Map<Integer, Long> statuses = fireAtOnce(requests);
        assertThat(statuses.get(201)).isEqualTo(3L);
        assertThat(statuses.get(422)).isEqualTo(9L);
        assertThat(ledger.programmesWhoseCountersDisagree()).isEmpty();
    }

    private static Map<Integer, Long> fireAtOnce(List<Callable<Integer>> requests) throws Exception {
        return Concurrently.fireAtOnce(requests).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
