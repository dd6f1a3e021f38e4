package vn.tdkt.domain.movement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.catalog.TitleCategory;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

/**
 * A unit's title registration for a movement (đăng ký danh hiệu thi đua): the collective title it aims for (e.g.
 * Tập thể lao động xuất sắc, Cờ thi đua của UBND tỉnh) and how many of its people aim for each individual title
 * (e.g. Lao động tiên tiến, Chiến sĩ thi đua cơ sở). One per unit and movement, written by the unit's clerk and
 * changeable until the movement's registration closes; who registered last and when is kept.
 */
@Entity
@Table(name = "title_registration")
public class TitleRegistration {

    /** More people than any unit has: a typing slip, not a registration. */
    public static final int MAX_NOMINEES = 100_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Id
    @SequenceGenerator(name = "title_registration_seq", sequenceName = "title_registration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "title_registration_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "movement_id", nullable = false)
    private Movement movement;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "collective_title_id")
    private Title collectiveTitle;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "title_registration_line", joinColumns = @JoinColumn(name = "registration_id"))
    private List<RegistrationLine> lines = new ArrayList<>();

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @Column(name = "registered_by_name", nullable = false, length = 200)
    private String registeredByName;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    protected TitleRegistration() {
    }

    private TitleRegistration(Movement movement, Unit unit) {
        this.movement = movement;
        this.unit = unit;
    }

    /**
     * The clerk registers the unit's aims for the movement. The caller looks for the unit's registration first
     * (there is one per unit and movement, and the table refuses a second) and {@link #revise}s it when found.
     *
     * @param individual each individual title to the number of people aiming for it
     */
    public static TitleRegistration register(Movement movement, Unit unit, Actor clerk, Title collectiveTitle,
            Map<Title, Integer> individual, LocalDateTime now) {
        movement.requireParticipant(Objects.requireNonNull(unit));
        TitleRegistration registration = new TitleRegistration(movement, unit);
        registration.revise(clerk, collectiveTitle, individual, now);
        return registration;
    }

    /** The unit's clerk changes the registration, while the movement's registration is open. */
    public void revise(Actor clerk, Title collectiveTitle, Map<Title, Integer> individual, LocalDateTime now) {
        clerk.require(Role.CLERK);
        if (!clerk.belongsTo(unit)) {
            throw new DomainException("movement.registration.error.ownUnit");
        }
        if (!movement.registersTitlesOn(now.toLocalDate())) {
            throw new DomainException("movement.registration.error.closed",
                    movement.getRegistrationCloses().format(DAY));
        }
        if (collectiveTitle != null && !(collectiveTitle.getCategory() == TitleCategory.TITLE
                && collectiveTitle.allows(NomineeKind.COLLECTIVE))) {
            throw DomainException.invalid("collectiveTitle", "movement.registration.error.collectiveTitle",
                    collectiveTitle.getNameVi());
        }
        List<RegistrationLine> fresh = new ArrayList<>();
        Set<Title> seen = new HashSet<>();
        if (individual != null) {
            for (Map.Entry<Title, Integer> entry : individual.entrySet()) {
                Title title = Objects.requireNonNull(entry.getKey());
                Integer count = entry.getValue();
                if (count == null || count == 0) {
                    continue;
                }
                if (!(title.getCategory() == TitleCategory.TITLE && title.allows(NomineeKind.INDIVIDUAL))) {
                    throw DomainException.invalid("individual", "movement.registration.error.individualTitle",
                            title.getNameVi());
                }
                if (count < 0 || count > MAX_NOMINEES) {
                    throw DomainException.invalid("individual", "movement.registration.error.count",
                            title.getNameVi(), String.valueOf(MAX_NOMINEES));
                }
                if (seen.add(title)) {
                    fresh.add(new RegistrationLine(title, count));
                }
            }
        }
        if (collectiveTitle == null && fresh.isEmpty()) {
            throw DomainException.invalid("collectiveTitle", "movement.registration.error.empty");
        }
        fresh.sort(Comparator.comparingInt(line -> line.getTitle().getSortOrder()));
        this.collectiveTitle = collectiveTitle;
        lines.clear();
        lines.addAll(fresh);
        this.registeredBy = clerk.username();
        this.registeredByName = clerk.fullName();
        this.registeredAt = now;
    }

    /** How many people of the unit aim for the title (0 when none). */
    public int nomineesFor(Title title) {
        return lines.stream().filter(line -> line.getTitle().equals(title)).mapToInt(RegistrationLine::getNominees)
                .sum();
    }

    public Long getId() {
        return id;
    }

    public Movement getMovement() {
        return movement;
    }

    public Unit getUnit() {
        return unit;
    }

    public Title getCollectiveTitle() {
        return collectiveTitle;
    }

    public List<RegistrationLine> getLines() {
        return List.copyOf(lines);
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public String getRegisteredByName() {
        return registeredByName;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }
}
