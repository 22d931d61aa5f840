package org.pavilion.selection;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pavilion.selection.ApplicationsQuery.Application;
import org.pavilion.selection.SelectionRequests.NewReview;
import org.pavilion.selection.SelectionViews.ReviewView;
import org.pavilion.shared.audit.AuditLog;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.problem.ConstraintProblems;
import org.pavilion.shared.security.CurrentUser;
import org.pavilion.shared.web.PlainText;

/** Reviews of applications: by reviewers on the call's panel, officers and admins; never shown to an SME. */
@ApplicationScoped
class ReviewService {

    static final String ENTITY = "review";

    @Inject
    ApplicationsQuery applications;

    @Inject
    SelectionSettingsRepository settings;

    @Inject
    ReviewRepository reviews;

    @Inject
    SelectionAccess access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    /**
     * One review per reviewer and application, only while the application is APPLIED and under the call's
     * settings (share-locked, so the criteria cannot change under a review being scored).
     */
    @Transactional
    ReviewView submit(CallKind kind, UUID applicationId, NewReview request) {
        Application application = applications.lockForReview(kind, applicationId)
                .filter(a -> access.canSeeApplicationsOf(a.callId())).orElseThrow(() -> notFound(kind));
        SelectionSettings s = settings.findForShare(application.callId())
                .orElseThrow(() -> new ApiProblem.Conflict("selection-not-configured", "Selection not configured",
                        "This programme has no selection settings yet, so its applications cannot be reviewed."));
        if (!request.declaresConflict() && !s.namesExactly(request.scores().keySet())) {
            throw ApiProblem.BadRequest.field("scores", "must name exactly the programme's criteria: "
                    + String.join(", ", s.criteria.stream().map(c -> c.key).toList()));
        }
        if (!application.awaitsDecision()) {
            throw new ApiProblem.Conflict("application-decided", "Application no longer under review",
                    "Only an APPLIED application can be reviewed; this one is " + application.status() + ".");
        }
        if (reviews.exists(applicationId, user.subject())) {
            throw ConstraintProblems.problem("reviews_one_per_reviewer");
        }
        String comment = PlainText.trimToNull(request.comment());
        Review review = request.declaresConflict()
                ? Review.conflict(s.callId, applicationId, user.actor(), comment)
                : Review.scored(s, applicationId, user.actor(), request.scores(), comment);
        reviews.persist(review);
        reviews.flush();
        audit.created(ENTITY, review.id, review.snapshot());
        return ReviewView.of(review);
    }

    /** Officers and admins see every review of the application; a reviewer only its own. */
    @Transactional
    Page<ReviewView> of(CallKind kind, UUID applicationId, PageRequest page) {
        applications.find(kind, applicationId).filter(a -> access.canSeeApplicationsOf(a.callId()))
                .orElseThrow(() -> notFound(kind));
        String onlyBy = user.isOfficerOrAdmin() ? null : user.subject();
        return reviews.of(applicationId, onlyBy, page).map(ReviewView::of);
    }

    private static ApiProblem notFound(CallKind kind) {
        return new ApiProblem.NotFound(kind == CallKind.PROGRAMME ? "participation" : "voucher application");
    }
}
