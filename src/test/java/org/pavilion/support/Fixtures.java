package org.pavilion.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A vocabulary for arranging test data through the API, as users would. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A random 10-digit BRN with a valid NTS check digit, written with dashes. */
    public static String aValidBrn() {
        int[] weights = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };
        int[] d = new int[10];
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            d[i] = ThreadLocalRandom.current().nextInt(10);
            sum += d[i] * weights[i];
        }
        sum += (d[8] * 5) / 10;
        d[9] = (10 - sum % 10) % 10;
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            s.append(d[i]);
            if (i == 2 || i == 4) {
                s.append('-');
            }
        }
        return s.toString();
    }

    public static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    /** A complete, valid company registration body; override fields with {@code put}. */
    public static Map<String, Object> aCompany() {
        Map<String, Object> body = new HashMap<>();
        body.put("brn", aValidBrn());
        body.put("nameKo", "메디웨이브 " + ThreadLocalRandom.current().nextInt(1_000_000));
        body.put("nameEn", "Mediwave");
        body.put("representative", "Kim Min-jun");
        body.put("sector", "Smart healthcare");
        body.put("city", "Seongnam");
        body.put("province", "Gyeonggi");
        body.put("employees", 42);
        body.put("annualRevenue", money("3200000000", "KRW"));
        body.put("exportsPrevYear", money("1250000.50", "USD"));
        body.put("contactEmail", "export@mediwave.example");
        body.put("contactPhone", "+82-31-123-4567");
        return body;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Registers a company as an officer (VERIFIED) and answers its id. */
    public static String aVerifiedCompany() {
        return as(Tokens.officer()).body(aCompany()).post("/api/v1/companies").then().statusCode(201).extract().path("id");
    }

    /** Registers a company as this SME (PENDING_VERIFICATION, the SME a member) and answers its id. */
    public static String aCompanyOf(String smeSubject) {
        return as(Tokens.sme(smeSubject)).body(aCompany()).post("/api/v1/companies").then().statusCode(201).extract().path("id");
    }

    public static String uniqueSubject(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
