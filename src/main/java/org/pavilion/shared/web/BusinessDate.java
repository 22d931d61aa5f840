package org.pavilion.shared.web;

import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are Korean: "today" is today in Asia/Seoul, whatever the server's zone. */
public final class BusinessDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private BusinessDate() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
