package vn.tdkt.web.movement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.movement.Criterion;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.movement.TitleRegistration;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.LocaleSelector;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.movement.Movements;
import vn.tdkt.workflow.movement.RegistrationTally;
import vn.tdkt.workflow.movement.TitleRegistrations;

/**
 * Backing bean of {@code movement.xhtml}: one movement's plan and criteria, the user's unit's title registration
 * (its clerk registers until the registration closes), and the registrations the user may see with their summary.
 */
@Named
@ViewScoped
public class MovementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Movements movements;

    @Inject
    TitleRegistrations registrations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    LocaleSelector localeSelector;

    private Long id;
    private Movement movement;
    private List<TitleRegistration> visible = List.of();
    private List<RegistrationTally> summary = List.of();
    private boolean seesEveryUnit;
    private boolean participant;
    private TitleRegistration own;
    private List<Title> collectiveTitles = List.of();
    private Long collectiveTitleId;
    private List<PeopleRow> people = new ArrayList<>();

    public void load() {
        try {
            movement = movements.read(currentUser.actor(), id == null ? -1 : id);
        } catch (DomainException e) {
            movement = null;
            messages.error(e);
            return;
        }
        refresh();
        fillForm();
    }

    private void refresh() {
        visible = registrations.visible(currentUser.actor(), movement.getId());
        seesEveryUnit = registrations.seesEveryUnit(currentUser.actor(), movement);
        summary = seesEveryUnit ? registrations.summary(currentUser.actor(), movement.getId()) : List.of();
        own = registrations.own(currentUser.actor(), movement.getId()).orElse(null);
        participant = movement.takesPart(currentUser.getUnitCode());
    }

    /** The form starts from the unit's registration, or empty. */
    private void fillForm() {
        collectiveTitles = registrations.collectiveTitles();
        collectiveTitleId = own == null || own.getCollectiveTitle() == null ? null : own.getCollectiveTitle().getId();
        people = new ArrayList<>();
        for (Title title : registrations.individualTitles()) {
            int count = own == null ? 0 : own.nomineesFor(title);
            people.add(new PeopleRow(title.getId(), titleName(title), count == 0 ? null : count));
        }
    }

    public void register() {
        try {
            Map<Long, Integer> counts = new LinkedHashMap<>();
            people.stream().filter(row -> row.getPeople() != null)
                    .forEach(row -> counts.put(row.getTitleId(), row.getPeople()));
            registrations.register(currentUser.actor(), movement.getId(), collectiveTitleId, counts);
            messages.info("movement.registered", movement.getName());
            refresh();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    /** Whether the form is offered: to a clerk of a unit taking part. */
    public boolean isMayRegister() {
        return movement != null && participant && currentUser.actor().hasRole(Role.CLERK);
    }

    /** Whether the registration is still open today. */
    public boolean isRegistrationOpen() {
        return movement != null && movement.registersTitlesOn(LocalDate.now(BusinessClock.ZONE));
    }

    /** The title's name in the page's language. */
    public String titleName(Title title) {
        return title == null ? "" : title.name(localeSelector.getLocale());
    }

    /** A registration's individual lines in one cell: each title's name and its people, separated by "; ". */
    public String individualLines(TitleRegistration registration) {
        return registration.getLines().stream().map(line -> titleName(line.getTitle()) + ": " + line.getNominees())
                .collect(Collectors.joining("; "));
    }

    /** The launcher as users name it: the bloc, or the unit for the province. */
    public String launcher() {
        return launcherOf(movement);
    }

    static String launcherOf(Movement movement) {
        if (movement.getBloc() != null) {
            return movement.getBloc().getName();
        }
        return movement.getLaunchedBy() == null ? null : movement.getLaunchedBy().getName();
    }

    public List<Criterion> getCriteria() {
        return movement == null ? List.of() : movement.getCriteria();
    }

    public TitleRegistration getOwn() {
        return own;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Movement getMovement() {
        return movement;
    }

    public List<TitleRegistration> getRegistrations() {
        return visible;
    }

    public List<RegistrationTally> getSummary() {
        return summary;
    }

    public boolean isSeesEveryUnit() {
        return seesEveryUnit;
    }

    public List<Title> getCollectiveTitles() {
        return collectiveTitles;
    }

    public Long getCollectiveTitleId() {
        return collectiveTitleId;
    }

    public void setCollectiveTitleId(Long collectiveTitleId) {
        this.collectiveTitleId = collectiveTitleId;
    }

    public List<PeopleRow> getPeople() {
        return people;
    }
}
