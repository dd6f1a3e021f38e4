package vn.tdkt.web.movement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.movement.Criterion;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.movement.MovementDetails;
import vn.tdkt.domain.movement.MovementKind;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.movement.Movements;

/**
 * Backing bean of {@code movements.xhtml}: every movement, and one launched or edited below the list by its keeper
 * (the board for the province's, the head's clerk for a bloc's), with its criteria table.
 */
@Named
@ViewScoped
public class MovementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Movements movements;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<Movement> all;
    private List<Bloc> blocs;
    /** Whether the form is shown: a new movement or one being edited. */
    private boolean formOpen;
    /** The id of the movement being edited; null while a new one is being launched. */
    private Long editing;
    private boolean criteriaFixed;
    private String blocCode;
    private String name;
    private MovementKind kind = MovementKind.REGULAR;
    private String plan;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate registrationDeadline;
    private LocalDate proposalDeadline;
    private List<CriterionRow> criteria = new ArrayList<>();

    public void load() {
        all = movements.all(currentUser.actor());
        blocs = movements.blocs();
    }

    /** Opens an empty form; a clerk's movement belongs to a bloc, the board's to the province by default. */
    public void startNew() {
        formOpen = true;
        editing = null;
        criteriaFixed = false;
        blocCode = isMayLaunchForProvince() || blocs.isEmpty() ? null : blocs.get(0).getCode();
        name = null;
        kind = MovementKind.REGULAR;
        plan = null;
        int year = LocalDate.now(BusinessClock.ZONE).getYear();
        startsOn = LocalDate.of(year, 1, 1);
        endsOn = LocalDate.of(year, 12, 31);
        registrationDeadline = null;
        proposalDeadline = null;
        criteria = new ArrayList<>();
        criteria.add(new CriterionRow());
    }

    public void edit(Movement movement) {
        formOpen = true;
        editing = movement.getId();
        criteriaFixed = movements.criteriaInUse(movement.getId());
        blocCode = movement.getBloc() == null ? null : movement.getBloc().getCode();
        name = movement.getName();
        kind = movement.getKind();
        plan = movement.getPlan();
        startsOn = movement.getStartsOn();
        endsOn = movement.getEndsOn();
        registrationDeadline = movement.getRegistrationDeadline();
        proposalDeadline = movement.getProposalDeadline();
        criteria = new ArrayList<>(movement.getCriteria().stream().map(CriterionRow::of).toList());
    }

    public void save() {
        try {
            List<Criterion> list = new ArrayList<>();
            for (int i = 0; i < criteria.size(); i++) {
                list.add(criteria.get(i).toCriterion(i + 1));
            }
            MovementDetails details = new MovementDetails(name, kind, plan, startsOn, endsOn, registrationDeadline,
                    proposalDeadline, list);
            if (editing == null) {
                editing = movements.launch(currentUser.actor(), blocCode, details);
                messages.info("movements.created", name);
            } else {
                movements.revise(currentUser.actor(), editing, details);
                messages.info("movements.saved", name);
            }
            formOpen = false;
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void cancel() {
        formOpen = false;
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(int index) {
        if (index >= 0 && index < criteria.size()) {
            criteria.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < criteria.size()) {
            Collections.swap(criteria, index, index - 1);
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < criteria.size() - 1) {
            Collections.swap(criteria, index, index + 1);
        }
    }

    /** The launcher as users name it: the bloc, or the unit for the province. */
    public String launcher(Movement movement) {
        return MovementView.launcherOf(movement);
    }

    /** Whether the user may change this movement (the service checks again). */
    public boolean keeps(Movement movement) {
        return movement.isKeptBy(currentUser.actor());
    }

    /** The board's appraisers and the administrators launch the province's movements. */
    public boolean isMayLaunchForProvince() {
        Actor actor = currentUser.actor();
        return actor.hasRole(Role.ADMIN) || actor.hasRole(Role.APPRAISER);
    }

    /** Who may open the form at all: the board, or a clerk (whose unit may head a bloc). */
    public boolean isMayLaunch() {
        return isMayLaunchForProvince() || currentUser.actor().hasRole(Role.CLERK);
    }

    public List<MovementKind> getKinds() {
        return List.of(MovementKind.values());
    }

    public List<Movement> getMovements() {
        return all;
    }

    public List<Bloc> getBlocs() {
        return blocs;
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    public boolean isCreating() {
        return editing == null;
    }

    public boolean isCriteriaFixed() {
        return criteriaFixed;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public String getBlocCode() {
        return blocCode;
    }

    public void setBlocCode(String blocCode) {
        this.blocCode = blocCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MovementKind getKind() {
        return kind;
    }

    public void setKind(MovementKind kind) {
        this.kind = kind;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(LocalDate registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public LocalDate getProposalDeadline() {
        return proposalDeadline;
    }

    public void setProposalDeadline(LocalDate proposalDeadline) {
        this.proposalDeadline = proposalDeadline;
    }
}
