package org.pavilion.company;

/**
 * A Korean business registration number (사업자등록번호): ten digits, the last a check digit
 * computed by the National Tax Service rule. Written {@code 123-45-67890}.
 */
public final class Brn {

    private static final int[] WEIGHTS = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };

    private Brn() {
    }

    /**
     * Normalises dashes away and checks the digits; returns {@code 123-45-67890} form.
     *
     * @throws IllegalArgumentException with a message for the client when the number is not valid
     */
    public static String normalise(String raw) {
        if (raw == null) {
            throw new InvalidBrn("must not be blank");
        }
        String trimmed = raw.trim();
        if (!trimmed.matches("[0-9]{3}-?[0-9]{2}-?[0-9]{5}")) {
            throw new InvalidBrn("must be 10 digits, written 1234567890 or 123-45-67890");
        }
        String digits = trimmed.replace("-", "");
        if (!hasValidCheckDigit(digits)) {
            throw new InvalidBrn("has a wrong check digit: it is not a valid business registration number");
        }
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    static boolean hasValidCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += ((digits.charAt(8) - '0') * 5) / 10;
        int check = (10 - sum % 10) % 10;
        return check == digits.charAt(9) - '0';
    }

    /** A BRN that fails the format or the check digit. */
    public static final class InvalidBrn extends RuntimeException {
        InvalidBrn(String message) {
            super(message);
        }
    }
}
