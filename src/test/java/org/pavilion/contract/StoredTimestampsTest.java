package org.pavilion.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pavilion.support.Fixtures.aCompany;
import static org.pavilion.support.Fixtures.as;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pavilion.support.ProgrammeFixtures;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** A POST answers the timestamps that are stored: the same as every later GET (microseconds, as PostgreSQL keeps them). */
@QuarkusTest
class StoredTimestampsTest {

    @Test
    void aCreatedResourceShowsTheSameTimestampsWhenReadAgain() {
        for (int i = 0; i < 5; i++) {
            var created = as(Tokens.officer()).body(aCompany()).post("/api/v1/companies").then().statusCode(201).extract();
            String id = created.path("id");
            var read = as(Tokens.officer()).get("/api/v1/companies/" + id).then().statusCode(200).extract();
            assertThat((String) created.path("createdAt")).isEqualTo(read.path("createdAt"));
            assertThat((String) created.path("updatedAt")).isEqualTo(read.path("updatedAt"));

            String programme = ProgrammeFixtures.aProgramme().create();
            var participation = as(Tokens.officer()).body(Map.of("companyId", id))
                    .post("/api/v1/programmes/" + programme + "/participations").then().statusCode(201).extract();
            var again = as(Tokens.officer()).get("/api/v1/participations/" + participation.path("id")).then().extract();
            assertThat((String) participation.path("createdAt")).isEqualTo(again.path("createdAt"));
        }
    }
}
