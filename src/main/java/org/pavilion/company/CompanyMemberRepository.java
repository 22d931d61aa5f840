package org.pavilion.company;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pavilion.shared.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

@ApplicationScoped
class CompanyMemberRepository implements PanacheRepositoryBase<CompanyMember, CompanyMember.Key> {

    boolean isMember(UUID companyId, String subject) {
        return count("companyId = ?1 and subject = ?2", companyId, subject) > 0;
    }

    List<CompanyMember> ofCompany(UUID companyId, PageRequest page) {
        return find("companyId = ?1 order by addedAt, subject", companyId)
                .page(Page.of(page.page(), page.size())).list();
    }

    long countOfCompany(UUID companyId) {
        return count("companyId", companyId);
    }

    List<UUID> companiesOf(String subject) {
        return getEntityManager()
                .createQuery("select m.companyId from CompanyMember m where m.subject = :subject", UUID.class)
                .setParameter("subject", subject).getResultList();
    }
}
