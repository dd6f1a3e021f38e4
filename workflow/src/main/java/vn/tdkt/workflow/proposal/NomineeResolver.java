package vn.tdkt.workflow.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.organisation.Person;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.proposal.DossierHeader;
import vn.tdkt.domain.proposal.NomineeDetails;
import vn.tdkt.domain.register.Initiative;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * Turns what the clerk typed or imported into checked nominees of the unit: titles from the catalog, initiatives
 * of the unit only, and an individual linked to the unit's person of that name (and birth date, when given) so
 * that the rules read the right history. Looks everything up once per dossier, not once per row.
 */
@ApplicationScoped
public class NomineeResolver {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    public DossierHeader header(ProposalInput input, LocalDate today) {
        Movement movement = null;
        if (input.movementId() != null) {
            movement = em.find(Movement.class, input.movementId());
            if (movement == null) {
                throw DomainException.invalid("movement", "validation.required");
            }
        }
        return DossierHeader.of(input.achievementYear(), input.commendationType(), movement, today);
    }

    /**
     * Every nominee checked; the first invalid one is reported with its position (1-based) so that the form can
     * say which line to fix.
     */
    public List<NomineeDetails> nominees(Unit unit, List<NomineeInput> inputs, LocalDate today) {
        List<Object> checked = resolveEach(unit, inputs, today);
        List<NomineeDetails> result = new ArrayList<>(checked.size());
        for (int i = 0; i < checked.size(); i++) {
            if (checked.get(i) instanceof DomainException e) {
                throw new NomineeException(i + 1, e);
            }
            result.add((NomineeDetails) checked.get(i));
        }
        return result;
    }

    /**
     * Each input checked on its own: the checked nominee, or the reason it was refused, at the same index. For
     * imports, where the valid rows may be taken and the others reported.
     */
    public List<Object> resolveEach(Unit unit, List<NomineeInput> inputs, LocalDate today) {
        Map<Long, Title> titles = em.createQuery("select t from Title t", Title.class).getResultStream()
                .collect(Collectors.toMap(Title::getId, t -> t));
        Map<String, List<Person>> people = peopleByName(unit);
        Map<Long, Initiative> initiatives = new HashMap<>();
        em.createQuery("select i from Initiative i where i.unit = :unit", Initiative.class)
                .setParameter("unit", unit).getResultStream().forEach(i -> initiatives.put(i.getId(), i));
        List<Object> result = new ArrayList<>(inputs.size());
        for (NomineeInput input : inputs) {
            try {
                result.add(one(input, titles, people, initiatives, today));
            } catch (DomainException e) {
                result.add(e);
            }
        }
        return result;
    }

    /** One nominee checked on its own (the nominee dialog), linked like in {@link #nominees}. */
    public NomineeDetails nominee(Unit unit, NomineeInput input, LocalDate today) {
        try {
            return nominees(unit, List.of(input), today).get(0);
        } catch (NomineeException e) {
            throw e.cause();
        }
    }

    private static NomineeDetails one(NomineeInput input, Map<Long, Title> titles, Map<String, List<Person>> people,
            Map<Long, Initiative> initiatives, LocalDate today) {
        Title title = input.titleId() == null ? null : titles.get(input.titleId());
        Set<Initiative> cited = new HashSet<>();
        for (Long id : input.initiativeIds()) {
            Initiative initiative = initiatives.get(id);
            if (initiative == null) {
                throw DomainException.invalid("initiatives", "validation.required");
            }
            cited.add(initiative);
        }
        NomineeDetails details = NomineeDetails.of(input.kind(), null, input.name(), input.details(),
                input.gender(), input.birthDate(), title, input.achievementReport(), cited, today);
        List<Person> sameName = people.getOrDefault(key(details.name()), List.of()).stream()
                .filter(p -> p.matches(details.name(), details.birthDate())).toList();
        return sameName.size() == 1 ? details.linkedTo(sameName.get(0)) : details;
    }

    private Map<String, List<Person>> peopleByName(Unit unit) {
        return em.createQuery("select p from Person p where p.unit = :unit", Person.class)
                .setParameter("unit", unit).getResultStream()
                .collect(Collectors.groupingBy(p -> key(p.getFullName())));
    }

    private static String key(String name) {
        return Texts.normalise(name).toLowerCase(Locale.ROOT);
    }
}
