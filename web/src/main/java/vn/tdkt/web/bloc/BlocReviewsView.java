package vn.tdkt.web.bloc;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tdkt.domain.bloc.BlocReview;
import vn.tdkt.domain.bloc.ReviewKind;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.Navigation;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.bloc.BlocReviews;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.proposal.ProposalRepository;

/** Backing bean of {@code bloc.xhtml}: the reviews of the user's bloc, and a new one opened by the year's head. */
@Named
@ViewScoped
public class BlocReviewsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BlocReviews reviews;

    @Inject
    transient ProposalRepository proposals;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Messages messages;

    @Inject
    transient Navigation navigation;

    private List<BlocReview> visible;
    private List<Movement> movements;
    private String blocCode = "NOI_CHINH";
    private int year = BusinessClock.now().getYear();
    private ReviewKind kind = ReviewKind.YEAR_END;
    private Long movementId;

    public void load() {
        visible = reviews.visibleTo(currentUser.actor());
        movements = proposals.movements();
    }

    public void open() {
        try {
            long id = reviews.open(currentUser.actor(), blocCode, year, kind, movementId == null ? -1 : movementId);
            messages.info("blocReview.opened", String.valueOf(year));
            navigation.redirect("/app/bloc-review.xhtml?id=" + id);
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public List<ReviewKind> getKinds() {
        return List.of(ReviewKind.values());
    }

    public List<BlocReview> getReviews() {
        return visible;
    }

    public List<Movement> getMovements() {
        return movements;
    }

    public String getBlocCode() {
        return blocCode;
    }

    public void setBlocCode(String blocCode) {
        this.blocCode = blocCode;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public ReviewKind getKind() {
        return kind;
    }

    public void setKind(ReviewKind kind) {
        this.kind = kind;
    }

    public Long getMovementId() {
        return movementId;
    }

    public void setMovementId(Long movementId) {
        this.movementId = movementId;
    }
}
