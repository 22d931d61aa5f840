package org.pavilion.outcome;

/** An officer's finding on a signed contract's evidence. */
public enum VerificationStatus {
    VERIFIED, REJECTED
}
