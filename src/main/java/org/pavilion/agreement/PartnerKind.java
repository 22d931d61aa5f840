package org.pavilion.agreement;

/** What kind of body a partner is. */
public enum PartnerKind {
    REGION, GOVERNMENT_AGENCY, BUSINESS_ASSOCIATION, COMPANY, UNIVERSITY, OTHER
}
