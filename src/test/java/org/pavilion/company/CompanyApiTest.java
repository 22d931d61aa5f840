package org.pavilion.company;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.pavilion.support.Fixtures.aCompany;
import static org.pavilion.support.Fixtures.aCompanyOf;
import static org.pavilion.support.Fixtures.aVerifiedCompany;
import static org.pavilion.support.Fixtures.as;
import static org.pavilion.support.Fixtures.uniqueSubject;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CompanyApiTest {

    @Nested
    class Registration {

        @Test
        void anOfficerRegistersAVerifiedCompanyWithItsBrnNormalised() {
            Map<String, Object> body = aCompany();
            String brn = (String) body.get("brn");
            body.put("brn", brn.replace("-", ""));
            as(Tokens.officer()).body(body).post("/api/v1/companies").then()
                    .statusCode(201)
                    .header("Location", containsString("/api/v1/companies/"))
                    .header("ETag", notNullValue())
                    .body("status", equalTo("VERIFIED"))
                    .body("brn", equalTo(brn))
                    .body("annualRevenue.amount", equalTo("3200000000"))
                    .body("annualRevenue.currency", equalTo("KRW"))
                    .body("exportsPrevYear.amount", equalTo("1250000.50"));
        }

        @Test
        void anSmeRegistersItsCompanyPendingVerificationAndBecomesAMember() {
            String sme = uniqueSubject("sme");
            String id = aCompanyOf(sme);
            as(Tokens.sme(sme)).get("/api/v1/companies/" + id).then().statusCode(200)
                    .body("status", equalTo("PENDING_VERIFICATION"));
            as(Tokens.sme(sme)).get("/api/v1/me").then().statusCode(200)
                    .body("subject", equalTo(sme))
                    .body("companies.id", contains(id))
                    .body("companies[0].status", equalTo("PENDING_VERIFICATION"));
        }

        @Test
        void aBrnAlreadyRegisteredIsAConflict() {
            Map<String, Object> body = aCompany();
            as(Tokens.officer()).body(body).post("/api/v1/companies").then().statusCode(201);
            body.put("brn", ((String) body.get("brn")).replace("-", ""));
            as(Tokens.officer()).body(body).post("/api/v1/companies").then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://pavilion.example/problems/duplicate-brn"));
        }

        @Test
        void aBrnWithAWrongCheckDigitIsABadRequest() {
            Map<String, Object> body = aCompany();
            String brn = ((String) body.get("brn")).replace("-", "");
            char wrong = (char) ('0' + ((brn.charAt(9) - '0' + 1) % 10));
            body.put("brn", brn.substring(0, 9) + wrong);
            as(Tokens.officer()).body(body).post("/api/v1/companies").then()
                    .statusCode(400)
                    .body("errors.field", hasItem("brn"));
        }

        @Test
        void financeMayNotRegisterCompanies() {
            as(Tokens.finance()).body(aCompany()).post("/api/v1/companies").then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Nested
    class SmeIsolation {

        @Test
        void anSmeGetsNotFoundForAnotherCompany() {
            String other = aVerifiedCompany();
            as(Tokens.sme(uniqueSubject("sme"))).get("/api/v1/companies/" + other).then().statusCode(404)
                    .contentType("application/problem+json");
        }

        @Test
        void anSmeListsOnlyItsOwnCompanies() {
            String sme = uniqueSubject("sme");
            String mine = aCompanyOf(sme);
            aVerifiedCompany();
            as(Tokens.sme(sme)).get("/api/v1/companies?size=200").then().statusCode(200)
                    .body("items.id", contains(mine))
                    .body("total", equalTo(1));
        }

        @Test
        void anSmeCannotPatchAnotherCompanyAndGetsNotFound() {
            String other = aVerifiedCompany();
            as(Tokens.sme(uniqueSubject("sme"))).body(Map.of("contactPhone", "010-0000-0000"))
                    .patch("/api/v1/companies/" + other).then().statusCode(404);
        }

        @Test
        void anSmeCannotListAnotherCompanysMembers() {
            String other = aVerifiedCompany();
            as(Tokens.sme(uniqueSubject("sme"))).get("/api/v1/companies/" + other + "/members").then().statusCode(404);
        }
    }

    @Nested
    class Changes {

        @Test
        void anSmeChangesItsContactFields() {
            String sme = uniqueSubject("sme");
            String id = aCompanyOf(sme);
            as(Tokens.sme(sme)).body(Map.of("contactEmail", "new@mediwave.example", "contactPhone", "010-1234-5678"))
                    .patch("/api/v1/companies/" + id).then().statusCode(200)
                    .body("contactEmail", equalTo("new@mediwave.example"))
                    .body("contactPhone", equalTo("010-1234-5678"));
        }

        @Test
        void anSmeChangingAnyOtherFieldOfItsOwnCompanyIsForbidden() {
            String sme = uniqueSubject("sme");
            String id = aCompanyOf(sme);
            as(Tokens.sme(sme)).body(Map.of("contactPhone", "010-1234-5678", "status", "VERIFIED"))
                    .patch("/api/v1/companies/" + id).then().statusCode(403)
                    .contentType("application/problem+json");
            as(Tokens.sme(sme)).get("/api/v1/companies/" + id).then().body("status", equalTo("PENDING_VERIFICATION"))
                    .body("contactPhone", equalTo("+82-31-123-4567"));
        }

        @Test
        void anOfficerVerifiesACompany() {
            String id = aCompanyOf(uniqueSubject("sme"));
            as(Tokens.officer()).body(Map.of("status", "VERIFIED")).patch("/api/v1/companies/" + id).then()
                    .statusCode(200).body("status", equalTo("VERIFIED"));
        }

        @Test
        void pendingVerificationCannotBeSetByPatch() {
            String id = aVerifiedCompany();
            as(Tokens.officer()).body(Map.of("status", "PENDING_VERIFICATION")).patch("/api/v1/companies/" + id).then()
                    .statusCode(400).body("errors.field", hasItem("status"));
        }

        @Test
        void changingTheBrnToAnotherCompanysIsAConflict() {
            Map<String, Object> first = aCompany();
            as(Tokens.officer()).body(first).post("/api/v1/companies").then().statusCode(201);
            String second = aVerifiedCompany();
            as(Tokens.officer()).body(Map.of("brn", first.get("brn"))).patch("/api/v1/companies/" + second).then()
                    .statusCode(409);
        }

        @Test
        void aRequiredFieldCannotBeSetToNull() {
            String id = aVerifiedCompany();
            as(Tokens.officer()).body("{\"nameKo\": null}").patch("/api/v1/companies/" + id).then()
                    .statusCode(400).body("errors.field", hasItem("nameKo"));
        }

        @Test
        void financeMayNotChangeACompany() {
            String id = aVerifiedCompany();
            as(Tokens.finance()).body(Map.of("contactPhone", "010")).patch("/api/v1/companies/" + id).then().statusCode(403);
        }
    }

    @Nested
    class Search {

        @Test
        void officersFindCompaniesByPartOfTheNameOrBrn() {
            Map<String, Object> body = aCompany();
            String marker = "Zebra" + System.nanoTime();
            body.put("nameEn", marker + " Ceramics");
            as(Tokens.officer()).body(body).post("/api/v1/companies").then().statusCode(201);
            as(Tokens.finance()).queryParam("q", marker.toLowerCase()).get("/api/v1/companies").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].nameEn", equalTo(marker + " Ceramics"));
            String digits = ((String) body.get("brn")).replace("-", "");
            as(Tokens.finance()).queryParam("q", digits).get("/api/v1/companies").then().statusCode(200)
                    .body("items.brn", hasItem(body.get("brn")));
        }

        @Test
        void listsFilterByStatus() {
            aCompanyOf(uniqueSubject("sme"));
            as(Tokens.officer()).queryParam("status", "PENDING_VERIFICATION").queryParam("size", 200)
                    .get("/api/v1/companies").then().statusCode(200)
                    .body("items.status", everyItem(equalTo("PENDING_VERIFICATION")))
                    .body("size", equalTo(200)).body("page", equalTo(0));
        }

        @Test
        void anUnknownStatusOrPageSizeIsABadRequest() {
            as(Tokens.officer()).queryParam("status", "ACTIVE").get("/api/v1/companies").then().statusCode(400)
                    .body("errors.field", hasItem("status"));
            as(Tokens.officer()).queryParam("size", 201).get("/api/v1/companies").then().statusCode(400);
            as(Tokens.officer()).queryParam("size", "ten").get("/api/v1/companies").then().statusCode(400);
        }
    }

    @Nested
    class Members {

        @Test
        void anOfficerAddsAMemberWhoThenSeesTheCompany() {
            String id = aVerifiedCompany();
            String sme = uniqueSubject("sme");
            as(Tokens.officer()).body(Map.of("subject", sme, "email", "staff@mediwave.example"))
                    .post("/api/v1/companies/" + id + "/members").then().statusCode(201)
                    .header("Location", endsWith("/api/v1/companies/" + id + "/members/" + sme));
            as(Tokens.sme(sme)).get("/api/v1/companies/" + id).then().statusCode(200);
            as(Tokens.sme(sme)).get("/api/v1/companies/" + id + "/members").then().statusCode(200)
                    .body("items.subject", contains(sme));
        }

        @Test
        void addingTheSameMemberTwiceIsAConflict() {
            String id = aVerifiedCompany();
            Map<String, Object> member = Map.of("subject", uniqueSubject("sme"));
            as(Tokens.officer()).body(member).post("/api/v1/companies/" + id + "/members").then().statusCode(201);
            as(Tokens.officer()).body(member).post("/api/v1/companies/" + id + "/members").then().statusCode(409);
        }

        @Test
        void aRemovedMemberNoLongerSeesTheCompany() {
            String sme = uniqueSubject("sme");
            String id = aCompanyOf(sme);
            as(Tokens.officer()).delete("/api/v1/companies/" + id + "/members/" + sme).then().statusCode(204);
            as(Tokens.sme(sme)).get("/api/v1/companies/" + id).then().statusCode(404);
            as(Tokens.officer()).delete("/api/v1/companies/" + id + "/members/" + sme).then().statusCode(404);
        }

        @Test
        void anSmeMayNotAddMembers() {
            String sme = uniqueSubject("sme");
            String id = aCompanyOf(sme);
            as(Tokens.sme(sme)).body(Map.of("subject", "friend")).post("/api/v1/companies/" + id + "/members").then()
                    .statusCode(403);
        }
    }

    @Test
    void meNamesTheCallerFromPreferredUsername() {
        given().auth().oauth2(Tokens.forUser("fin-1", "finance")).get("/api/v1/me").then().statusCode(200)
                .body("name", equalTo("fin-1-name"))
                .body("roles", contains("finance"))
                .body("companies", not(hasItem(notNullValue())));
    }
}
