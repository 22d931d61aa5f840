package org.pavilion.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pavilion.support.S3StoreProfile;
import org.pavilion.support.Tokens;
import org.pavilion.support.VoucherFixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Documents stored in an S3-compatible server (Adobe's S3Mock, a real one, not a mock of the client). */
@QuarkusTest
@TestProfile(S3StoreProfile.class)
class DocumentS3ApiTest extends DocumentContract {

    @Override
    String storeName() {
        return "s3";
    }

    @Test
    void aRolledBackUploadLeavesNoObjectBehindAndACommittedOneStays() throws Exception {
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();
        try (ReceivedFile file = ReceivedFile.receive(new ByteArrayInputStream(VoucherFixtures.aPdf("s3")), "s3.pdf",
                "application/pdf", 1024)) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                try {
                    stores.current().put(rolledBack, file);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                assertThat(stores.inObjectStore(rolledBack)).as("written before the row").isTrue();
                throw new IllegalStateException("the change fails after the upload");
            })).hasMessageContaining("the change fails");
            QuarkusTransaction.requiringNew().run(() -> {
                try {
                    stores.current().put(committed, file);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        assertThat(stores.inObjectStore(rolledBack)).as("removed after the rollback").isFalse();
        assertThat(stores.inObjectStore(committed)).isTrue();
    }

    @Inject
    DocumentOrphans orphans;

    @Test
    void anObjectLeftByAnInstanceThatDiedBeforeItsCommitIsSweptAndDocumentsStay() throws Exception {
        UUID orphan = UUID.randomUUID();
        try (ReceivedFile file = ReceivedFile.receive(new ByteArrayInputStream(VoucherFixtures.aPdf("orphan")), "o.pdf",
                "application/pdf", 1024)) {
            // The object is written and the transaction commits without its row: as if the instance died in between.
            QuarkusTransaction.requiringNew().run(() -> {
                try {
                    stores.current().put(orphan, file);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        String[] c = aClaimOfAnSme();
        String kept = VoucherFixtures.attachInvoice(Tokens.sme(c[0]), c[1], VoucherFixtures.aPdf("kept " + orphan))
                .statusCode(201).extract().path("id");
        assertThat(stores.inObjectStore(orphan)).isTrue();
        assertThat(orphans.sweepOlderThan(Duration.ofHours(1))).as("too young to be an orphan yet").isZero();
        assertThat(orphans.sweepOlderThan(Duration.ZERO)).isGreaterThanOrEqualTo(1);
        assertThat(stores.inObjectStore(orphan)).isFalse();
        assertThat(stores.inObjectStore(UUID.fromString(kept))).isTrue();
    }
}
