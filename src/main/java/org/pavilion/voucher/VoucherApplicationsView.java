package org.pavilion.voucher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.voucher.VoucherEntities.VoucherApplication;
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
}
