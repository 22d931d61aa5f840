package org.pavilion.shared.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.arc.Arc;

/**
 * Marks the request's idempotency key "applied" inside every transaction the request runs, just
 * before that transaction commits. The mark commits exactly when the change commits, so a retry
 * after a crash between that commit and storing the response is refused instead of applying the
 * change twice. Nothing touches the database when the transaction begins; the statement runs on
 * the transaction's own connection at before-completion, and if it fails the change rolls back.
 */
@ApplicationScoped
class AppliedMarker {

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyClaim claim;

    @Inject
    TransactionSynchronizationRegistry registry;

    void onTransactionBegin(@Observes @Initialized(TransactionScoped.class) Object event) {
        if (!Arc.container().requestContext().isActive() || !claim.held()) {
            return;
        }
        String caller = claim.caller();
        String key = claim.key();
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (registry.getRollbackOnly()) {
                    return;
                }
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement mark = connection.prepareStatement(
                                "update idempotency_keys set applied = true where caller = ? and idem_key = ?")) {
                    mark.setString(1, caller);
                    mark.setString(2, key);
                    mark.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not mark the idempotency key applied", e);
                }
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }
}
