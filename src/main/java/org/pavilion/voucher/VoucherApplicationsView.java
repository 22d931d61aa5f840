package org.pavilion.voucher;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.shared.paging.Page;
import org.pavilion.voucher.VoucherViews.ApplicationView;

/** An application as the API shows it, with the voucher it issued. */
@ApplicationScoped
class VoucherApplicationsView {

    @Inject
    VoucherService service;

    @Transactional
    ApplicationView of(VoucherApplication application) {
        return ApplicationView.of(application, service.voucherOf(application.id));
    }

    /** A page of applications with their vouchers, found in one query. */
    @Transactional
    Page<ApplicationView> of(Page<VoucherApplication> page) {
        Map<UUID, UUID> vouchers = service.vouchersOf(page.items().stream().map(a -> a.id).toList());
        return page.map(a -> ApplicationView.of(a, vouchers.get(a.id)));
    }
}
