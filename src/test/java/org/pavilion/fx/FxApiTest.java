package org.pavilion.fx;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.pavilion.support.Fixtures.as;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pavilion.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class FxApiTest {

    private static ValidatableResponse importCsv(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv).post("/api/v1/fx-rates/import").then();
    }

    @Test
    void financeSetsARateThatAnyRoleCanReadAndReplacingItIsAudited() {
        as(Tokens.finance()).body(Map.of("krwPerUnit", "1453.20", "source", "Seoul Money Brokerage base rate"))
                .put("/api/v1/fx-rates/USD/2031-01-02").then().statusCode(200)
                .body("krwPerUnit", equalTo("1453.20")).body("currency", equalTo("USD")).body("date", equalTo("2031-01-02"));
        as(Tokens.sme("sme-any")).queryParam("currency", "USD").queryParam("from", "2031-01-02").queryParam("to", "2031-01-02")
                .get("/api/v1/fx-rates").then().statusCode(200).body("items[0].krwPerUnit", equalTo("1453.20"));
        as(Tokens.finance()).body(Map.of("krwPerUnit", "1455.123456", "source", "Corrected"))
                .put("/api/v1/fx-rates/USD/2031-01-02").then().statusCode(200).body("krwPerUnit", equalTo("1455.123456"));
        as(Tokens.sme("sme-any")).queryParam("currency", "USD").queryParam("from", "2031-01-01").queryParam("to", "2031-01-31")
                .get("/api/v1/fx-rates").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].source", equalTo("Corrected"));
        as(Tokens.officer()).queryParam("entityType", "fx-rate").get("/api/v1/audit-events").then()
                .body("items.action", hasItem("updated"));
    }

    @Test
    void aRateIsAPositiveDecimalStringWithAtMostSixDecimals() {
        for (String bad : new String[] { "0", "-1", "1453.1234567", "abc", "" }) {
            as(Tokens.finance()).body(Map.of("krwPerUnit", bad, "source", "x")).put("/api/v1/fx-rates/USD/2031-02-01").then()
                    .statusCode(400);
        }
        as(Tokens.finance()).body("{\"krwPerUnit\": 1453.2, \"source\": \"x\"}").put("/api/v1/fx-rates/USD/2031-02-01").then()
                .statusCode(400);
    }

    @Test
    void theCurrencyAndDateInThePathAreChecked() {
        as(Tokens.finance()).body(Map.of("krwPerUnit", "1", "source", "x")).put("/api/v1/fx-rates/usd/2031-02-01").then().statusCode(400);
        as(Tokens.finance()).body(Map.of("krwPerUnit", "1", "source", "x")).put("/api/v1/fx-rates/KRW/2031-02-01").then().statusCode(400);
        as(Tokens.finance()).body(Map.of("krwPerUnit", "1", "source", "x")).put("/api/v1/fx-rates/USD/2031-02-30").then().statusCode(400);
    }

    @Test
    void officersAndSmesMayNotSetRates() {
        as(Tokens.officer()).body(Map.of("krwPerUnit", "1", "source", "x")).put("/api/v1/fx-rates/USD/2031-03-01").then().statusCode(403);
        importCsv(Tokens.sme("sme-any"), "currency,date,krw_per_unit,source\n").statusCode(403);
    }

    @Test
    void aCsvImportTakesAllRowsOrNoneAndListsEveryBadRow() {
        importCsv(Tokens.finance(), "currency,date,krw_per_unit,source\n"
                + "EUR,2031-04-01,1570.10,ECB via KEB\n"
                + "usd,2031-04-01,1450,x\n"
                + "JPY,2031-04-31,9.5,x\n"
                + "CAD,2031-04-01,-3,\n").statusCode(422)
                .contentType("application/problem+json")
                .body("errors", hasSize(4))
                .body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("currency"))
                .body("errors[1].row", equalTo(4)).body("errors[1].field", equalTo("date"))
                .body("errors[2].row", equalTo(5)).body("errors[2].field", equalTo("krw_per_unit"))
                .body("errors[3].row", equalTo(5)).body("errors[3].field", equalTo("source"));
        as(Tokens.finance()).queryParam("currency", "EUR").queryParam("from", "2031-04-01").queryParam("to", "2031-04-01")
                .get("/api/v1/fx-rates").then().body("total", equalTo(0));
        importCsv(Tokens.finance(), "currency,date,krw_per_unit,source\nEUR,2031-04-01,1570.10,ECB via KEB\n"
                + "JPY,2031-04-01,9.512345,\"Bank, Seoul\"\n").statusCode(200).body("imported", equalTo(2));
        as(Tokens.finance()).queryParam("currency", "JPY").queryParam("from", "2031-04-01").get("/api/v1/fx-rates").then()
                .body("items[0].source", equalTo("Bank, Seoul"));
    }

    @Test
    void aCsvWithTheWrongHeaderOrMediaTypeIsRefused() {
        importCsv(Tokens.finance(), "cur,date,rate,source\nEUR,2031-05-01,1,x\n").statusCode(422);
        as(Tokens.finance()).body(Map.of("currency", "EUR")).post("/api/v1/fx-rates/import").then().statusCode(415);
    }
}
