package org.pavilion.selection;

import org.junit.jupiter.api.RepeatedTest;
import org.pavilion.support.Fixtures;
import org.pavilion.support.WaitlistRace;

import io.quarkus.test.junit.QuarkusTest;

/** Withdrawals at the same instant on one instance: each freed seat promotes exactly one waiting company. */
@QuarkusTest
class WaitlistConcurrencyTest {

    @RepeatedTest(3)
    void simultaneousWithdrawalsPromoteOneCompanyPerFreedSeatInWaitlistOrder() throws Exception {
        new WaitlistRace((instance, token) -> Fixtures.as(token), 1).run(6);
    }
}
