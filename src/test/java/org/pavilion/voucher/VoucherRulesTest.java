package org.pavilion.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pavilion.document.DocumentAccess;
import org.pavilion.selection.CallKind;
import org.pavilion.shared.domain.BrokenRule;
import org.pavilion.shared.domain.StateConflict;
import org.pavilion.shared.money.Money;

/** The voucher rules on the objects they govern, without a container or a database. */
class VoucherRulesTest {

    static VoucherProgramme programme(long maxPerCompany, String share, String... categories) {
        VoucherProgramme p = new VoucherProgramme();
        p.id = UUID.randomUUID();
        p.maxPerCompany = BigDecimal.valueOf(maxPerCompany);
        p.governmentShare = new BigDecimal(share);
        p.eligibleCategories = categories;
        p.validUntil = LocalDate.of(2025, 12, 31);
        return p;
    }

    static VoucherApplication applied() {
        VoucherApplication a = new VoucherApplication();
        a.id = UUID.randomUUID();
        a.programmeId = UUID.randomUUID();
        a.companyId = UUID.randomUUID();
        a.status = ApplicationStatus.APPLIED;
        return a;
    }

    static Claim claim(ClaimStatus status) {
        Claim c = new Claim();
        c.status = status;
        c.subsidy = BigDecimal.valueOf(700_000);
        return c;
    }

    @Nested
    class ApplicationStatusMachine {
        @Test
        void onlyAnAppliedApplicationMovesOn() {
            assertThat(ApplicationStatus.APPLIED.next()).containsExactlyInAnyOrder(ApplicationStatus.APPROVED,
                    ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN);
            for (ApplicationStatus decided : EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)) {
                assertThat(decided.next()).as(decided.name()).isEmpty();
            }
        }

        @Test
        void appliedAndApprovedApplicationsAreActive() {
            assertThat(ApplicationStatus.ACTIVE).containsExactlyInAnyOrder(ApplicationStatus.APPLIED, ApplicationStatus.APPROVED);
        }
    }

    @Nested
    class ClaimStatusMachine {
        @Test
        void submittedIsDecidedAndApprovedIsPaid() {
            assertThat(ClaimStatus.SUBMITTED.next()).containsExactlyInAnyOrder(ClaimStatus.APPROVED, ClaimStatus.REJECTED);
            assertThat(ClaimStatus.APPROVED.next()).containsExactly(ClaimStatus.PAID);
            assertThat(ClaimStatus.REJECTED.next()).isEmpty();
            assertThat(ClaimStatus.PAID.next()).isEmpty();
        }

        @Test
        void onlyARejectedClaimFreesItsInvoice() {
            for (ClaimStatus status : ClaimStatus.values()) {
                assertThat(status.holdsItsInvoice()).as(status.name()).isEqualTo(status != ClaimStatus.REJECTED);
            }
        }
    }

    @Nested
    class Approving {
        @Test
        void approvalIssuesAVoucherForTheGrantedAmountWithTheProgrammesShareAndValidity() {
            VoucherApplication a = applied();
            VoucherProgramme p = programme(20_000_000, "0.70", "SHIPPING");
            Voucher v = a.approve(Money.krw(10_000_000), p, null, "Strong plan");
            assertThat(a.status).isEqualTo(ApplicationStatus.APPROVED);
            assertThat(a.decisionReason).isEqualTo("Strong plan");
            assertThat(v.applicationId).isEqualTo(a.id);
            assertThat(v.companyId).isEqualTo(a.companyId);
            assertThat(v.granted).isEqualByComparingTo("10000000");
            assertThat(v.governmentShare).isEqualByComparingTo("0.70");
            assertThat(v.validUntil).isEqualTo(p.validUntil);
        }

        @Test
        void aGrantAboveTheMaximumPerCompanyIsABrokenRuleAndChangesNothing() {
            VoucherApplication a = applied();
            assertThatThrownBy(() -> a.approve(Money.krw(20_000_001), programme(20_000_000, "0.70"), null, null))
                    .isInstanceOf(BrokenRule.class).extracting("type").isEqualTo("cap-exceeded");
            assertThat(a.status).isEqualTo(ApplicationStatus.APPLIED);
            a.approve(Money.krw(20_000_000), programme(20_000_000, "0.70"), null, null);
        }

        @Test
        void aDecidedApplicationCannotBeDecidedOrWithdrawnAgain() {
            VoucherApplication a = applied();
            a.reject("Incomplete");
            assertThatThrownBy(() -> a.approve(Money.krw(1), programme(20_000_000, "0.70"), null, null)).isInstanceOf(StateConflict.class)
                    .hasMessageContaining("REJECTED");
            assertThatThrownBy(() -> a.withdraw(null)).isInstanceOf(StateConflict.class).extracting("type").isEqualTo("illegal-transition");
        }
    }

    @Nested
    class Claims {
        @Test
        void aClaimIsDecidedOnceThenPaidOnceIfApproved() {
            Claim c = claim(ClaimStatus.SUBMITTED);
            c.approve("Invoice checked");
            assertThat(c.status).isEqualTo(ClaimStatus.APPROVED);
            assertThatThrownBy(() -> c.reject(null)).isInstanceOf(StateConflict.class).hasMessage("A APPROVED claim cannot be decided.");
            c.pay(LocalDate.of(2025, 10, 1), "TR-1");
            assertThat(c.status).isEqualTo(ClaimStatus.PAID);
            assertThat(c.paidOn).isEqualTo(LocalDate.of(2025, 10, 1));
            assertThatThrownBy(() -> c.pay(LocalDate.of(2025, 10, 2), "TR-2")).isInstanceOf(StateConflict.class);
        }

        @Test
        void aSubmittedOrRejectedClaimIsNeverPaid() {
            assertThatThrownBy(() -> claim(ClaimStatus.SUBMITTED).pay(LocalDate.of(2025, 10, 1), "TR")).isInstanceOf(StateConflict.class);
            Claim rejected = claim(ClaimStatus.SUBMITTED);
            rejected.reject("Not eligible");
            assertThatThrownBy(() -> rejected.pay(LocalDate.of(2025, 10, 1), "TR")).isInstanceOf(StateConflict.class);
        }
    }

    @Nested
    class Vouchers {
        @Test
        void theSubsidyIsTheGovernmentsShareRoundedOnceHalfEven() {
            Voucher v = Voucher.issuedFor(applied(), Money.krw(10_000_000), programme(20_000_000, "0.70"), new BigDecimal("0.70"));
            // EUR 1,234.57 at 1,453.21 = 1,794,089.4697 won; x 0.70 = 1,255,862.62879 -> 1,255,863
            assertThat(v.subsidyFor(new BigDecimal("1234.57").multiply(new BigDecimal("1453.21")))).isEqualTo(Money.krw(1_255_863));
            // exactly half a won rounds to the even won
            Voucher half = Voucher.issuedFor(applied(), Money.krw(10_000_000), programme(20_000_000, "0.50"), new BigDecimal("0.50"));
            assertThat(half.subsidyFor(new BigDecimal("5"))).isEqualTo(Money.krw(2));
            assertThat(half.subsidyFor(new BigDecimal("7"))).isEqualTo(Money.krw(4));
        }

        @Test
        void claimsAreFundedOnlyWhileTheVoucherIsValidForInvoicesWithinIt() {
            Voucher v = Voucher.issuedFor(applied(), Money.krw(10_000_000), programme(20_000_000, "0.70"), new BigDecimal("0.70"));
            v.requireValidFor(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31));
            assertThatThrownBy(() -> v.requireValidFor(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 1)))
                    .isInstanceOf(BrokenRule.class).extracting("type").isEqualTo("voucher-expired");
            assertThatThrownBy(() -> v.requireValidFor(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1)))
                    .isInstanceOf(BrokenRule.class);
        }

        @Test
        void onlyTheProgrammesCategoriesAreEligible() {
            VoucherProgramme p = programme(20_000_000, "0.70", "SHIPPING", "INTERPRETATION");
            p.requireEligible(VoucherCategory.SHIPPING);
            assertThatThrownBy(() -> p.requireEligible(VoucherCategory.values()[firstOtherThan(p)]))
                    .isInstanceOf(BrokenRule.class).extracting("type").isEqualTo("category-not-eligible");
        }

        private int firstOtherThan(VoucherProgramme p) {
            for (VoucherCategory c : VoucherCategory.values()) {
                if (!p.categories().contains(c)) {
                    return c.ordinal();
                }
            }
            throw new IllegalStateException("every category eligible");
        }
    }

    @Test
    void theClaimStatusesDocumentsReadAreTheClaimsOwn() {
        assertThat(ClaimStatus.SUBMITTED.name()).isEqualTo(DocumentAccess.CLAIM_OPEN);
        assertThat(ClaimStatus.REJECTED.name()).isEqualTo(DocumentAccess.CLAIM_REJECTED);
    }

    @Test
    void anApplicationAwaitingItsDecisionIsAppliedAsSelectionReadsIt() {
        assertThat(ApplicationStatus.APPLIED.name()).isEqualTo(CallKind.AWAITING_DECISION);
    }

    @Nested
    class ShareTiers {

        VoucherProgramme tiered() {
            VoucherProgramme p = programme(20_000_000, "0.70");
            p.shareTiers.add(new ShareTier(new BigDecimal("1000000000"), new BigDecimal("0.80")));
            p.shareTiers.add(new ShareTier(new BigDecimal("5000000000"), new BigDecimal("0.70")));
            p.shareTiers.add(new ShareTier(null, new BigDecimal("0.50")));
            return p;
        }

        @Test
        void theFirstTierWhoseBoundIsAboveTheRevenueDecides() {
            VoucherProgramme p = tiered();
            assertThat(p.shareFor(Money.krw(0))).as("a revenue of 0 is known").isEqualByComparingTo("0.80");
            assertThat(p.shareFor(Money.krw(999_999_999))).isEqualByComparingTo("0.80");
            assertThat(p.shareFor(Money.krw(1_000_000_000))).isEqualByComparingTo("0.70");
            assertThat(p.shareFor(Money.krw(5_000_000_000L))).isEqualByComparingTo("0.50");
            assertThat(p.shareFor(null)).as("no revenue given: the last tier").isEqualByComparingTo("0.50");
        }

        @Test
        void withoutTiersTheProgrammesShareAndTheVoucherKeepsTheShareOfItsApproval() {
            assertThat(programme(20_000_000, "0.70").shareFor(Money.krw(1))).isEqualByComparingTo("0.70");
            VoucherProgramme p = tiered();
            Voucher v = applied().approve(Money.krw(1_000_000), p, Money.krw(3_200_000_000L), null);
            assertThat(v.governmentShare).isEqualByComparingTo("0.70");
        }
    }
}
