package org.pavilion.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pavilion.shared.security.Roles;

/**
 * The {@code operationId} of every {@code /api} operation, by method and path: the names generated clients give their
 * methods ({@code createCompany}, {@code getProgrammeReport}). They are part of the contract: never rename one.
 * {@code OpenApiContractTest} fails when an operation has none or two share one.
 */
final class OperationIds {

    private static final Map<String, String> IDS = new HashMap<>();

    static {
        id("GET /api/v1/me", "getMe");
        id("POST /api/v1/companies", "createCompany");
        id("GET /api/v1/companies", "listCompanies");
        id("GET /api/v1/companies/{id}", "getCompany");
        id("PATCH /api/v1/companies/{id}", "updateCompany");
        id("GET /api/v1/companies/{id}/members", "listCompanyMembers");
        id("POST /api/v1/companies/{id}/members", "addCompanyMember");
        id("DELETE /api/v1/companies/{id}/members/{subject}", "removeCompanyMember");
        id("GET /api/v1/companies/{id}/documents", "listCompanyDocuments");
        id("POST /api/v1/companies/{id}/documents", "attachCompanyDocument");
        id("GET /api/v1/fairs", "listFairs");
        id("POST /api/v1/fairs", "createFair");
        id("GET /api/v1/fairs/{id}", "getFair");
        id("PATCH /api/v1/fairs/{id}", "updateFair");
        id("GET /api/v1/programmes", "listProgrammes");
        id("POST /api/v1/programmes", "createProgramme");
        id("GET /api/v1/programmes/{id}", "getProgramme");
        id("PUT /api/v1/programmes/{id}/budget", "changeProgrammeBudget");
        id("PUT /api/v1/programmes/{id}/per-company-cap", "setPerCompanyCap");
        id("GET /api/v1/programmes/{id}/per-company-cap/history", "listPerCompanyCaps");
        id("GET /api/v1/programmes/{id}/participations", "listProgrammeParticipations");
        id("POST /api/v1/programmes/{id}/participations", "createParticipation");
        id("GET /api/v1/programmes/{id}/outcomes", "listProgrammeOutcomes");
        id("POST /api/v1/programmes/{id}/outcomes/import", "importOutcomes");
        id("GET /api/v1/programmes/{id}/follow-up-schedule", "getFollowUpSchedule");
        id("PUT /api/v1/programmes/{id}/follow-up-schedule", "setFollowUpSchedule");
        id("GET /api/v1/programmes/{id}/selection", "getProgrammeSelection");
        id("PUT /api/v1/programmes/{id}/selection", "setProgrammeSelection");
        id("GET /api/v1/programmes/{id}/reviewers", "listProgrammeReviewers");
        id("POST /api/v1/programmes/{id}/reviewers", "addProgrammeReviewer");
        id("DELETE /api/v1/programmes/{id}/reviewers/{subject}", "removeProgrammeReviewer");
        id("GET /api/v1/programmes/{id}/ranking", "getProgrammeRanking");
        id("POST /api/v1/programmes/{id}/selection-decision", "decideProgrammeSelection");
        id("GET /api/v1/programmes/{id}/selection-decisions", "listSelectionDecisions");
        id("GET /api/v1/participations/{id}", "getParticipation");
        id("POST /api/v1/participations/{id}/transitions", "changeParticipationStatus");
        id("GET /api/v1/participations/{id}/allocations", "listAllocations");
        id("POST /api/v1/participations/{id}/allocations", "createAllocation");
        id("POST /api/v1/participations/{id}/outcomes", "createOutcome");
        id("GET /api/v1/participations/{id}/follow-ups", "listParticipationFollowUps");
        id("POST /api/v1/participations/{id}/follow-ups/{month}", "submitFollowUp");
        id("GET /api/v1/participations/{id}/reviews", "listParticipationReviews");
        id("POST /api/v1/participations/{id}/reviews", "reviewParticipation");
        id("GET /api/v1/participations/{id}/documents", "listParticipationDocuments");
        id("POST /api/v1/participations/{id}/documents", "attachParticipationDocument");
        id("GET /api/v1/allocations/{id}", "getAllocation");
        id("POST /api/v1/allocations/{id}/cancel", "cancelAllocation");
        id("GET /api/v1/allocations/{id}/disbursements", "listDisbursements");
        id("POST /api/v1/allocations/{id}/disbursements", "createDisbursement");
        id("GET /api/v1/disbursements/{id}", "getDisbursement");
        id("GET /api/v1/outcomes/{id}", "getOutcome");
        id("PATCH /api/v1/outcomes/{id}", "updateOutcome");
        id("POST /api/v1/outcomes/{id}/verification", "verifyOutcome");
        id("GET /api/v1/outcomes/{id}/documents", "listOutcomeDocuments");
        id("POST /api/v1/outcomes/{id}/documents", "attachOutcomeDocument");
        id("GET /api/v1/follow-ups", "listFollowUps");
        id("GET /api/v1/fx-rates", "listFxRates");
        id("PUT /api/v1/fx-rates/{currency}/{date}", "setFxRate");
        id("POST /api/v1/fx-rates/import", "importFxRates");
        id("GET /api/v1/reports/programmes/{id}", "getProgrammeReport");
        id("GET /api/v1/reports/outcomes", "getOutcomesReport");
        id("GET /api/v1/reports/effectiveness", "getEffectivenessReport");
        id("GET /api/v1/voucher-programmes", "listVoucherProgrammes");
        id("POST /api/v1/voucher-programmes", "createVoucherProgramme");
        id("GET /api/v1/voucher-programmes/{id}", "getVoucherProgramme");
        id("POST /api/v1/voucher-programmes/{id}/applications", "applyForVoucher");
        id("GET /api/v1/voucher-programmes/{id}/selection", "getVoucherProgrammeSelection");
        id("PUT /api/v1/voucher-programmes/{id}/selection", "setVoucherProgrammeSelection");
        id("GET /api/v1/voucher-programmes/{id}/reviewers", "listVoucherProgrammeReviewers");
        id("POST /api/v1/voucher-programmes/{id}/reviewers", "addVoucherProgrammeReviewer");
        id("DELETE /api/v1/voucher-programmes/{id}/reviewers/{subject}", "removeVoucherProgrammeReviewer");
        id("GET /api/v1/voucher-programmes/{id}/ranking", "getVoucherProgrammeRanking");
        id("GET /api/v1/voucher-applications", "listVoucherApplications");
        id("GET /api/v1/voucher-applications/{id}", "getVoucherApplication");
        id("POST /api/v1/voucher-applications/{id}/decision", "decideVoucherApplication");
        id("POST /api/v1/voucher-applications/{id}/withdraw", "withdrawVoucherApplication");
        id("GET /api/v1/voucher-applications/{id}/reviews", "listVoucherApplicationReviews");
        id("POST /api/v1/voucher-applications/{id}/reviews", "reviewVoucherApplication");
        id("GET /api/v1/vouchers", "listVouchers");
        id("GET /api/v1/vouchers/{id}", "getVoucher");
        id("GET /api/v1/vouchers/{id}/claims", "listClaims");
        id("POST /api/v1/vouchers/{id}/claims", "createClaim");
        id("GET /api/v1/claims/{id}", "getClaim");
        id("POST /api/v1/claims/{id}/decision", "decideClaim");
        id("POST /api/v1/claims/{id}/payment", "payClaim");
        id("GET /api/v1/claims/{id}/documents", "listClaimDocuments");
        id("POST /api/v1/claims/{id}/documents", "attachClaimDocument");
        id("GET /api/v1/documents/{id}", "getDocument");
        id("DELETE /api/v1/documents/{id}", "deleteDocument");
        id("GET /api/v1/documents/{id}/content", "downloadDocument");
        id("GET /api/v1/audit-events", "listAuditEvents");
        id("POST /api/v1/webhooks", "createWebhook");
        id("GET /api/v1/webhooks", "listWebhooks");
        id("GET /api/v1/webhooks/{id}", "getWebhook");
        id("DELETE /api/v1/webhooks/{id}", "deleteWebhook");
        id("GET /api/v1/webhooks/{id}/deliveries", "listWebhookDeliveries");
        id("POST /api/v1/webhooks/{id}/deliveries/{eventId}/redeliver", "redeliverWebhookEvent");
        id("POST /api/v1/partners", "createPartner");
        id("GET /api/v1/partners", "listPartners");
        id("GET /api/v1/partners/{id}", "getPartner");
        id("PATCH /api/v1/partners/{id}", "updatePartner");
        id("POST /api/v1/agreements", "createAgreement");
        id("GET /api/v1/agreements", "listAgreements");
        id("GET /api/v1/agreements/{id}", "getAgreement");
        id("PATCH /api/v1/agreements/{id}", "updateAgreement");
        id("POST /api/v1/agreements/{id}/terminate", "terminateAgreement");
        id("POST /api/v1/agreements/{id}/commitments", "addCommitment");
        id("GET /api/v1/agreements/{id}/commitments", "listCommitments");
        id("GET /api/v1/commitments/{id}", "getCommitment");
        id("POST /api/v1/commitments/{id}/transitions", "transitionCommitment");
        id("POST /api/v1/agreements/{id}/meetings", "recordMeeting");
        id("GET /api/v1/agreements/{id}/meetings", "listMeetings");
        id("GET /api/v1/meetings/{id}", "getMeeting");
        id("GET /api/v1/reports/agreements", "getAgreementsReport");
        id("PUT /api/v1/programmes/{id}/agreement", "linkProgrammeAgreement");
    }

    private OperationIds() {
    }

    private static void id(String operation, String operationId) {
        if (IDS.containsValue(operationId) || IDS.put(operation, operationId) != null) {
            throw new IllegalStateException("Duplicate operation or operationId: " + operation + " " + operationId);
        }
    }

    /**
     * The roles of the operations that SmallRye OpenAPI cannot see, because their resource methods are inherited from
     * the abstract classes shared by several paths (selection, reviews, documents): it reads neither their
     * {@code @RolesAllowed} nor their {@code @PathParam}. These are the annotations' roles, written out;
     * {@code AccessMatrixTest} checks every operation's published roles against what the service enforces.
     */
    static List<String> rolesOfInherited(String method, String path) {
        if (path.endsWith("/selection")) {
            return method.equals("GET") ? List.of(Roles.OFFICER, Roles.ADMIN, Roles.REVIEWER) : List.of(Roles.OFFICER, Roles.ADMIN);
        }
        if (path.contains("/reviewers") || path.endsWith("/ranking")) {
            return List.of(Roles.OFFICER, Roles.ADMIN);
        }
        if (path.endsWith("/reviews")) {
            return List.of(Roles.OFFICER, Roles.ADMIN, Roles.REVIEWER);
        }
        if (path.endsWith("/documents")) {
            return method.equals("POST") ? List.of(Roles.OFFICER, Roles.ADMIN, Roles.SME)
                    : List.of(Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME);
        }
        return List.of();
    }

    /** The operationId of {@code METHOD path}, or null when it has none yet (a test fails). */
    static String of(String method, String path) {
        return IDS.get(method + " " + path);
    }
}
