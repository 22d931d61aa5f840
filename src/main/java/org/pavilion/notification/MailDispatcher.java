package org.pavilion.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.pavilion.notification.MailDeliveryLedger.Attempt;
import org.pavilion.notification.MailTemplates.Rendered;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the queued e-mails through SMTP ({@code quarkus.mailer.*}; in dev mode they are only logged), from any
 * instance, claimed and leased like webhook deliveries and retried on the same schedule.
 */
@ApplicationScoped
class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };

    @Inject
    MailDeliveryLedger ledger;

    @Inject
    MailTemplates templates;

    @Inject
    Mailer mailer;

    @Inject
    DeliveryPolicy policy;

    @Inject
    ObjectMapper mapper;

    @Scheduled(every = "${pavilion.webhooks.poll-every:1s}", delayed = "${pavilion.webhooks.poll-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        try {
            while (dispatchOnce() == policy.batch()) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.warnf("Mail dispatch stopped for now: %s", e.getMessage());
        }
    }

    int dispatchOnce() {
        List<Attempt> attempts = QuarkusTransaction.requiringNew().call(() -> ledger.claimDue(policy.batch(), policy.lease()));
        for (Attempt attempt : attempts) {
            Result result = send(attempt);
            QuarkusTransaction.requiringNew().run(() -> {
                if (result.error() == null) {
                    ledger.sent(attempt);
                } else {
                    Instant next = result.worthRetrying() ? policy.nextAfter(attempt.number(), attempt.retryUntil()).orElse(null) : null;
                    ledger.failed(attempt, result.error(), next);
                }
            });
        }
        return attempts.size();
    }

    /** Sent (no error), or why not and whether another attempt could succeed. */
    private record Result(String error, boolean worthRetrying) {
    }

    private Result send(Attempt attempt) {
        Rendered mail;
        try {
            mail = templates.render(attempt.template(), attempt.language(), mapper.readValue(attempt.data(), DATA));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.errorf("Mail %s could not be rendered, and will not be: %s", attempt.id(), e.getMessage());
            return new Result("Could not be rendered: " + e.getMessage(), false);
        }
        try {
            mailer.send(Mail.withText(attempt.recipient(), mail.subject(), mail.body()));
            return new Result(null, false);
        } catch (RuntimeException e) {
            LOG.warnf("Mail %s not sent (attempt %d): %s", attempt.id(), attempt.number(), e.getMessage());
            return new Result("Not sent: " + e.getMessage(), true);
        }
    }
}
