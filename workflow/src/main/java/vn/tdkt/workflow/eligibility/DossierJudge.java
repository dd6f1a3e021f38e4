package vn.tdkt.workflow.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.eligibility.AwardEntry;
import vn.tdkt.domain.eligibility.Candidacy;
import vn.tdkt.domain.eligibility.CitedInitiative;
import vn.tdkt.domain.eligibility.Dossier;
import vn.tdkt.domain.eligibility.Eligibility;
import vn.tdkt.domain.eligibility.Finding;
import vn.tdkt.domain.eligibility.Movement;
import vn.tdkt.domain.eligibility.RuleSet;
import vn.tdkt.domain.eligibility.UnitQuota;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.register.Award;
import vn.tdkt.domain.register.DisciplineRecord;
import vn.tdkt.domain.register.Initiative;
import vn.tdkt.domain.shared.Texts;

/**
 * Judges a stored dossier by the rule set in force on a date: gathers, with a handful of queries per dossier,
 * what the rules read — each nominee's awards and discipline records, where its initiatives were already
 * counted, the unit's LĐTT and CSTĐCS for the year, the movement's deadline and the files attached.
 */
@ApplicationScoped
public class DossierJudge {

    static final String GRASSROOTS_FIGHTER = "CSTDCS";
    static final String ADVANCED_WORKER = "LDTT";

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    RuleSetCatalog ruleSets;

    /** The findings and the attachment checklist for the dossier as if submitted on {@code date}. */
    public DossierReview review(Proposal proposal, LocalDate date) {
        RuleSet ruleSet = ruleSets.inForceOn(date);
        Dossier dossier = dossier(proposal, date);
        List<Finding> findings = Eligibility.check(dossier, ruleSet);
        Set<String> titleCodes = proposal.getNominees().stream().map(n -> n.getTitle().getCode())
                .collect(Collectors.toSet());
        SortedMap<String, ? extends Collection<String>> required = Eligibility.requiredAttachments(titleCodes, ruleSet);
        return new DossierReview(ruleSet.getName(), findings, required, dossier.attachmentKinds());
    }

    Dossier dossier(Proposal proposal, LocalDate date) {
        List<ProposalNominee> nominees = proposal.getNominees();
        // The unit's register as plain rows (no entities): a unit's register grows every year, and building an
        // Award with its title, person and initiatives for each line made every save and submit slower.
        Map<Long, List<AwardEntry>> awardsByPerson = new HashMap<>();
        Map<String, List<AwardEntry>> awardsByName = new HashMap<>();
        em.createQuery("select p.id, a.nomineeKind, a.nomineeName, a.year, t.code, a.decisionNumber from Award a"
                + " join a.title t left join a.person p where a.unit = :unit and a.revocationId is null",
                Object[].class)
                .setParameter("unit", proposal.getUnit()).getResultStream().forEach(row -> {
                    AwardEntry entry = new AwardEntry((Integer) row[3], (String) row[4], (String) row[5]);
                    if (row[0] != null) {
                        awardsByPerson.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(entry);
                    } else {
                        awardsByName.computeIfAbsent(nameKey((NomineeKind) row[1], (String) row[2]),
                                k -> new ArrayList<>()).add(entry);
                    }
                });
        Map<Long, List<DisciplineRecord>> discipline = em.createQuery(
                "select d from DisciplineRecord d where d.person.unit = :unit", DisciplineRecord.class)
                .setParameter("unit", proposal.getUnit()).getResultStream()
                .collect(Collectors.groupingBy(d -> d.getPerson().getId()));
        Map<Long, List<Award>> usesOfInitiative = initiativeUses(nominees);

        List<Candidacy> candidacies = new ArrayList<>(nominees.size());
        for (ProposalNominee nominee : nominees) {
            List<AwardEntry> history = nominee.getPerson() != null
                    ? awardsByPerson.getOrDefault(nominee.getPerson().getId(), List.of())
                    : awardsByName.getOrDefault(nameKey(nominee.getKind(), nominee.getName()), List.of());
            boolean underDiscipline = nominee.getPerson() != null && discipline
                    .getOrDefault(nominee.getPerson().getId(), List.of()).stream().anyMatch(d -> d.inForceOn(date));
            List<CitedInitiative> cited = nominee.getInitiatives().stream()
                    .map(i -> new CitedInitiative(i.getName(), usesOfInitiative.getOrDefault(i.getId(), List.of())
                            .stream().map(DossierJudge::entry).toList()))
                    .toList();
            candidacies.add(new Candidacy(nominee.getName(), nominee.getTitle().getCode(),
                    nominee.getTitle().getNameVi(), proposal.getAchievementYear(),
                    history, underDiscipline, cited,
                    nominee.getKind() == NomineeKind.INDIVIDUAL));
        }
        Set<String> attachmentKinds = proposal.getAttachments().stream().map(a -> a.getKind().name())
                .collect(Collectors.toSet());
        Movement movement = proposal.getMovement() == null ? null
                : new Movement(proposal.getMovement().getName(),
                        proposal.getMovement().getProposalDeadline());
        return new Dossier(proposal.getUnit().getName(), date, candidacies, attachmentKinds, movement,
                quota(proposal));
    }

    /** The unit's LĐTT and other CSTĐCS for the year, when the dossier proposes any CSTĐCS at all. */
    private UnitQuota quota(Proposal proposal) {
        boolean proposesGrassrootsFighters = proposal.getNominees().stream()
                .anyMatch(n -> GRASSROOTS_FIGHTER.equals(n.getTitle().getCode()));
        if (!proposesGrassrootsFighters) {
            return null;
        }
        int year = proposal.getAchievementYear();
        long advancedInRegister = countAwards(proposal, ADVANCED_WORKER, year);
        long advancedHere = proposal.getNominees().stream()
                .filter(n -> ADVANCED_WORKER.equals(n.getTitle().getCode())).count();
        long advancedElsewhere = countInOtherProposals(proposal, ADVANCED_WORKER);
        long fightersElsewhere = countAwards(proposal, GRASSROOTS_FIGHTER, year)
                + countInOtherProposals(proposal, GRASSROOTS_FIGHTER);
        return new UnitQuota(year, (int) (advancedInRegister + advancedHere + advancedElsewhere),
                (int) fightersElsewhere);
    }

    private long countAwards(Proposal proposal, String titleCode, int year) {
        return em.createQuery("select count(a) from Award a where a.unit = :unit and a.year = :year"
                + " and a.title.code = :code and a.revocationId is null", Long.class)
                .setParameter("unit", proposal.getUnit()).setParameter("year", year)
                .setParameter("code", titleCode).getSingleResult();
    }

    /** Nominees for the title in the unit's other dossiers of the year that have left the draft stage. */
    private long countInOtherProposals(Proposal proposal, String titleCode) {
        return em.createQuery("select count(n) from ProposalNominee n join n.proposal p where p.unit = :unit"
                + " and p.achievementYear = :year and p.id <> :id and p.status <> :draft"
                + " and n.title.code = :code", Long.class)
                .setParameter("unit", proposal.getUnit()).setParameter("year", proposal.getAchievementYear())
                .setParameter("id", proposal.getId() == null ? -1L : proposal.getId())
                .setParameter("draft", ProposalStatus.DRAFT).setParameter("code", titleCode).getSingleResult();
    }

    private Map<Long, List<Award>> initiativeUses(List<ProposalNominee> nominees) {
        Set<Long> ids = nominees.stream().flatMap(n -> n.getInitiatives().stream()).map(Initiative::getId)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Award>> uses = new HashMap<>();
        em.createQuery("select distinct a from Award a join a.initiatives i where i.id in :ids"
                + " and a.revocationId is null", Award.class)
                .setParameter("ids", ids).getResultStream()
                .forEach(award -> award.getInitiatives().stream().filter(i -> ids.contains(i.getId()))
                        .forEach(i -> uses.computeIfAbsent(i.getId(), k -> new ArrayList<>()).add(award)));
        return uses;
    }

    private static AwardEntry entry(Award award) {
        return new AwardEntry(award.getYear(), award.getTitle().getCode(), award.getDecisionNumber());
    }

    private static String nameKey(NomineeKind kind, String name) {
        return kind + ":" + Texts.normalise(name).toLowerCase(Locale.ROOT);
    }
}
