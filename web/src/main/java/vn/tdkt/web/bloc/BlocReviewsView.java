package vn.tdkt.web.bloc;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.bloc.BlocMember;
import vn.tdkt.domain.bloc.Covenant;
import vn.tdkt.domain.bloc.CovenantSignature;
import vn.tdkt.domain.blocreview.BlocReview;
import vn.tdkt.domain.blocreview.ReviewKind;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.Navigation;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.bloc.BlocCovenants;
import vn.tdkt.workflow.bloc.BlocReviews;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.notification.NotificationLinks;
import vn.tdkt.workflow.proposal.ProposalRepository;

/** Backing bean of {@code bloc.xhtml}: the reviews of the user's bloc, and a new one opened by the year's head. */
@Named
@ViewScoped
public class BlocReviewsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BlocReviews reviews;

    @Inject
    ProposalRepository proposals;

    @Inject
    BlocCovenants covenants;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Navigation navigation;

    private List<BlocReview> visible;
    private List<Movement> movements;
    private String blocCode = "NOI_CHINH";
    private int year = BusinessClock.now().getYear();
    private ReviewKind kind = ReviewKind.YEAR_END;
    private Long movementId;
    private int covenantYear;
    /** The bloc the page shows; null where none exists (an installation without blocs yet). */
    private Bloc bloc;
    private Covenant covenant;
    private String covenantText;
    private String nextHead;

    public void load() {
        visible = reviews.visibleTo(currentUser.actor());
        movements = proposals.movements();
        try {
            bloc = covenants.bloc(blocCode);
        } catch (DomainException none) {
            bloc = null;
            return;
        }
        if (covenantYear == 0) {
            // The latest year the bloc is composed for: the covenant of the year under way.
            covenantYear = bloc.membersIn(year).isEmpty() ? year - 1 : year;
        }
        loadCovenant();
    }

    private void loadCovenant() {
        try {
            covenant = covenants.covenant(currentUser.actor(), blocCode, covenantYear).orElse(null);
            covenantText = covenant == null ? null : covenant.getContent();
        } catch (DomainException notMember) {
            covenant = null;
        }
    }

    public void saveCovenant() {
        act(() -> covenants.draft(currentUser.actor(), blocCode, covenantYear, covenantText), "covenant.saved");
    }

    public void signCovenant() {
        act(() -> covenants.sign(currentUser.actor(), blocCode, covenantYear), "covenant.signedOk");
    }

    public void handOver() {
        act(() -> covenants.handOver(currentUser.actor(), blocCode, covenantYear, nextHead), "bloc.handedOver");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey, String.valueOf(covenantYear));
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    /** The bloc's members in the covenant's year, the head first. */
    public List<BlocMember> getCovenantMembers() {
        return bloc == null ? List.of() : bloc.membersIn(covenantYear);
    }

    /** Whether the user's unit heads the bloc in the covenant's year. */
    public boolean isHead() {
        return bloc != null && bloc.headIn(covenantYear)
                .map(u -> u.getCode().equals(currentUser.getUnitCode())).orElse(false);
    }

    /** The signature of a member, or null while it has not signed. */
    public CovenantSignature signature(Unit unit) {
        return covenant == null ? null : covenant.signatureOf(unit).orElse(null);
    }

    public int getCovenantYear() {
        return covenantYear;
    }

    public Covenant getCovenant() {
        return covenant;
    }

    public String getCovenantText() {
        return covenantText;
    }

    public void setCovenantText(String covenantText) {
        this.covenantText = covenantText;
    }

    public String getNextHead() {
        return nextHead;
    }

    public void setNextHead(String nextHead) {
        this.nextHead = nextHead;
    }

    public void open() {
        try {
            long id = reviews.open(currentUser.actor(), blocCode, year, kind, movementId == null ? -1 : movementId);
            messages.info("blocReview.opened", String.valueOf(year));
            navigation.redirect(NotificationLinks.blocReview(id));
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
