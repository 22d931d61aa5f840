package org.pavilion.voucher;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.notification.EventType;
import org.pavilion.notification.MailKind;
import org.pavilion.notification.Outbox;

/**
 * What voucher decisions and claims tell the outside, in the change's transaction: the webhook events
 * {@code voucher-application.decided} and {@code claim.status-changed}, and the company's e-mails when its
 * application or claim is decided and when a claim is paid.
 */
@ApplicationScoped
class VoucherNotices {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    void applicationDecided(VoucherApplication a, VoucherProgramme programme, Voucher voucher) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", a.id);
        data.put("status", a.status.name());
        data.put("companyId", a.companyId);
        data.put("voucherProgrammeId", a.programmeId);
        data.put("voucherId", voucher == null ? null : voucher.id);
        outbox.publish(EventType.VOUCHER_APPLICATION_DECIDED, data);
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("callName", programme.name);
        mail.put("status", a.status.name());
        if (voucher != null) {
            mail.put("granted", voucher.granted.toPlainString());
        }
        if (a.decisionReason != null && voucher == null) {
            mail.put("reason", a.decisionReason);
        }
        outbox.mail(a.companyId, MailKind.APPLICATION_DECIDED, mail);
    }

    /** A claim's new status: submitted (its creation), approved, rejected or paid. */
    @Transactional(Transactional.TxType.MANDATORY)
    void claimStatusChanged(Claim c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", c.id);
        data.put("status", c.status.name());
        data.put("companyId", c.companyId);
        data.put("voucherId", c.voucherId);
        data.put("subsidy", c.subsidyAmount());
        outbox.publish(EventType.CLAIM_STATUS_CHANGED, data);
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("status", c.status.name());
        mail.put("invoiceNumber", c.invoiceNumber);
        mail.put("subsidy", c.subsidy.toPlainString());
        if (c.status == ClaimStatus.APPROVED || c.status == ClaimStatus.REJECTED) {
            if (c.decisionReason != null) {
                mail.put("reason", c.decisionReason);
            }
            outbox.mail(c.companyId, MailKind.CLAIM_DECIDED, mail);
        } else if (c.status == ClaimStatus.PAID) {
            outbox.mail(c.companyId, MailKind.CLAIM_PAID, mail);
        }
    }
}
