package org.pavilion.company;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.pavilion.company.CompanyViews.MemberView;
import org.pavilion.shared.domain.Timestamps;

/** A user (by token subject) acting for a company: an SME caller sees only its companies. */
@Entity
@Table(name = "company_members")
@IdClass(CompanyMember.Key.class)
class CompanyMember {

    @Id
    UUID companyId;
    @Id
    String subject;
    String email;
    Instant addedAt;
    String addedBy;

    protected CompanyMember() {
    }

    CompanyMember(UUID companyId, String subject, String email, String addedBy) {
        this.companyId = companyId;
        this.subject = subject;
        this.email = email;
        this.addedBy = addedBy;
        this.addedAt = Timestamps.now();
    }

    MemberView view() {
        return new MemberView(subject, email, addedAt);
    }

    static class Key implements Serializable {
        UUID companyId;
        String subject;

        Key() {
        }

        Key(UUID companyId, String subject) {
            this.companyId = companyId;
            this.subject = subject;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(companyId, k.companyId) && Objects.equals(subject, k.subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(companyId, subject);
        }
    }
}
