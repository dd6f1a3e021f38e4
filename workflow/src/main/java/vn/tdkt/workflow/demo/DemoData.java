package vn.tdkt.workflow.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.bloc.BlocRole;
import vn.tdkt.domain.blocreview.BlocReview;
import vn.tdkt.domain.blocreview.ReviewKind;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.eligibility.RuleSet;
import vn.tdkt.domain.movement.Criterion;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.movement.MovementDetails;
import vn.tdkt.domain.movement.MovementKind;
import vn.tdkt.domain.movement.TitleRegistration;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Gender;
import vn.tdkt.domain.organisation.Person;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.organisation.UnitLevel;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.domain.proposal.AttachmentKind;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.register.Award;
import vn.tdkt.domain.register.DisciplineRecord;
import vn.tdkt.domain.register.Initiative;
import vn.tdkt.domain.register.InitiativeScope;
import vn.tdkt.workflow.bloc.BlocKeys;
import vn.tdkt.workflow.bloc.BlocReviews;
import vn.tdkt.workflow.board.BoardReception;
import vn.tdkt.workflow.board.CouncilVotes;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.config.Settings;
import vn.tdkt.workflow.eligibility.DossierReview;
import vn.tdkt.workflow.eligibility.RuleSetCatalog;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.DossierAttachments;
import vn.tdkt.workflow.proposal.NomineeInput;
import vn.tdkt.workflow.proposal.ProposalInput;
import vn.tdkt.workflow.proposal.UnitHeadReview;

/**
 * Creates the demo units, accounts and proposals once, in demo mode only. The data lives in UTF-8 tables under
 * {@code demo/}; proposals go through the real use cases and process, so each demo state is a reachable one.
 */
@Singleton
@Startup
@DependsOn({"ProcessEngineBootstrap", "AdministratorBootstrap"})
public class DemoData {

    public static final String DEMO_PASSWORD = "demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    UnitHeadReview review;

    @Inject
    CouncilVotes councilVotes;

    @Inject
    BoardReception reception;

    @Inject
    TaskService tasks;

    @Inject
    UserDirectory users;

    @Inject
    DossierAttachments attachments;

    @Inject
    BlocReviews blocReviews;

    @Inject
    RuleSetCatalog ruleSets;

    @PostConstruct
    void createOnce() {
        if (!Settings.demoMode()) {
            return;
        }
        if (alreadyCreated()) {
            giveDemoAccountsAnEmail();
            // A demo database from before the register existed gets the register, once, and nothing else.
            if (em.createQuery("select count(p) from Person p", Long.class).getSingleResult() == 0) {
                createRegister();
                LOG.info("Demo mode: added the demo people, award register, initiatives, movements and blocs.");
            }
            return;
        }
        for (String[] row : table("units.tsv")) {
            Unit unit = new Unit(row[0], row[1]);
            unit.placeUnder(null, row.length > 2 ? row[2] : null, UnitLevel.DEPARTMENT);
            em.persist(unit);
        }
        em.flush();
        // Each account hashes its password (PBKDF2, a few hundred milliseconds of pure computation): the accounts
        // are made on all cores, then stored here, in this transaction.
        List<String[]> users = table("users.tsv");
        Map<String, Unit> units = users.stream().map(row -> row[3]).distinct()
                .collect(Collectors.toMap(code -> code, this::unit));
        List<UserAccount> accounts = users.parallelStream().map(row -> {
            Set<Role> roles = Arrays.stream(row[4].split(",")).map(String::strip).map(Role::valueOf)
                    .collect(Collectors.toSet());
            UserAccount user = new UserAccount(row[0], row[1], row[2], units.get(row[3]), roles,
                    DEMO_PASSWORD.toCharArray());
            user.changeEmail(demoEmail(row[0]));
            return user;
        }).toList();
        accounts.forEach(em::persist);
        createRegister();
        em.flush();
        for (String[] row : table("proposals.tsv")) {
            createProposal(row);
        }
        createBlocReviews();
        createTitleRegistrations();
        LOG.info(
                "Demo mode: created the demo units, accounts (password 'demo'), people, award register and proposals.");
    }

    /** Demo accounts made before accounts had an address get theirs, so that demo mails have somewhere to go. */
    private void giveDemoAccountsAnEmail() {
        for (String[] row : table("users.tsv")) {
            em.createQuery("select u from UserAccount u where u.username = :name and u.email is null",
                    UserAccount.class).setParameter("name", row[0]).getResultStream().findFirst()
                    .ifPresent(user -> user.changeEmail(demoEmail(row[0])));
        }
    }

    /** Demo addresses are in a reserved-looking local domain: nothing is ever delivered outside. */
    private static String demoEmail(String username) {
        return username + "@tdkt.local";
    }

    /** People with several years of awards, initiatives and a discipline record, so that the rules have evidence. */
    private void createRegister() {
        for (String[] row : table("people.tsv")) {
            em.persist(new Person(unit(row[0]), row[1], row[2], Gender.valueOf(row[3]), LocalDate.parse(row[4])));
        }
        for (String[] row : table("initiatives.tsv")) {
            em.persist(new Initiative(unit(row[0]), person(row[0], row[1]), row[2], row[3], LocalDate.parse(row[4]),
                    InitiativeScope.valueOf(row[5])));
        }
        em.flush();
        for (String[] row : table("awards.tsv")) {
            Unit unit = unit(row[0]);
            NomineeKind kind = NomineeKind.valueOf(row[1]);
            Title title = title(row[3]);
            int year = Integer.parseInt(row[4]);
            LocalDate decided = LocalDate.parse(row[6]);
            if (kind == NomineeKind.INDIVIDUAL) {
                Set<Initiative> counted = row.length > 8 ? Arrays.stream(row[8].split(";"))
                        .map(name -> initiative(name.strip())).collect(Collectors.toSet()) : Set.of();
                em.persist(Award.toPerson(person(row[0], row[2]), title, year, row[5], decided, row[7], counted));
            } else {
                em.persist(Award.toNamed(kind, unit, row[2], title, year, row[5], decided, row[7]));
            }
        }
        for (String[] row : table("discipline.tsv")) {
            em.persist(new DisciplineRecord(person(row[0], row[1]), row[2], row[3], LocalDate.parse(row[4]),
                    row.length > 5 && !row[5].isBlank() ? LocalDate.parse(row[5]) : null));
        }
        Map<String, List<Criterion>> criteria = new LinkedHashMap<>();
        for (String[] row : table("movement_criteria.tsv")) {
            criteria.computeIfAbsent(row[0], code -> new ArrayList<>()).add(new Criterion(
                    Integer.parseInt(row[1]), row[2], new BigDecimal(row[3]), new BigDecimal(row[4]),
                    Boolean.parseBoolean(row[5])));
        }
        Map<String, Bloc> blocs = new LinkedHashMap<>();
        Map<String, Map<Unit, BlocRole>> years = new LinkedHashMap<>();
        for (String[] row : table("blocs.tsv")) {
            blocs.computeIfAbsent(row[0], code -> new Bloc(code, row[1]));
            years.computeIfAbsent(row[0] + "\t" + row[2], k -> new LinkedHashMap<>())
                    .put(unit(row[3]), BlocRole.valueOf(row[4]));
        }
        years.forEach((key, roles) -> {
            String[] parts = key.split("\t");
            blocs.get(parts[0]).composeYear(Integer.parseInt(parts[1]), roles);
        });
        blocs.values().forEach(em::persist);
        // Blocs first: a bloc's movements name the bloc that launched them.
        for (String[] row : table("movements.tsv")) {
            em.persist(new Movement(row[0], row[3].isBlank() ? null : unit(row[3]),
                    cell(row, 8) == null ? null : blocs.get(row[8]),
                    new MovementDetails(row[1], MovementKind.valueOf(row[2]),
                            cell(row, 9) == null ? null : row[9].replace("\\n", "\n"),
                            LocalDate.parse(row[4]), LocalDate.parse(row[5]), date(cell(row, 7)), date(cell(row, 6)),
                            criteria.getOrDefault(row[0], List.of()))));
        }
    }

    /**
     * The bloc's reviews: 2024's year-end review scored, ranked and acclaimed as it happened (its proposals were
     * decided in 2025 and are in the register). 2025 is the new head's year (blocs.tsv), with no review opened yet.
     */
    private void createBlocReviews() {
        Map<String, String> clerkOfUnit = new LinkedHashMap<>();
        for (String[] row : table("users.tsv")) {
            if (row[4].contains("CLERK")) {
                clerkOfUnit.putIfAbsent(row[3], row[0]);
            }
        }
        RuleSet rules = ruleSets.inForceOn(LocalDate.now(BusinessClock.ZONE));
        for (String[] row : table("bloc_reviews.tsv")) {
            Bloc bloc = em.createQuery("select b from Bloc b where b.code = :code", Bloc.class)
                    .setParameter("code", row[0]).getSingleResult();
            int year = Integer.parseInt(row[1]);
            ReviewKind kind = ReviewKind.valueOf(row[2]);
            Movement movement = em.createQuery("select m from Movement m where m.code = :code", Movement.class)
                    .setParameter("code", row[3]).getSingleResult();
            Actor head = actor(row[4]);
            if (row.length < 6 || row[5].isBlank()) {
                blocReviews.open(head, bloc.getCode(), year, kind, movement.getId());
                continue;
            }
            BlocReview review = BlocReview.open(bloc, year, kind, movement, head, BusinessClock.now());
            for (String[] scores : table("bloc_scores.tsv")) {
                if (!scores[0].equals(row[0]) || Integer.parseInt(scores[1]) != year || !scores[2].equals(row[2])) {
                    continue;
                }
                Map<Integer, BigDecimal> given = new LinkedHashMap<>();
                for (int c = 4; c < scores.length; c++) {
                    given.put(c - 3, new BigDecimal(scores[c]));
                }
                for (Unit scorer : review.members()) {
                    Actor clerk = actor(clerkOfUnit.get(scorer.getCode()));
                    if (scorer.getCode().equals(scores[3])) {
                        review.scoreSelf(clerk, given);
                    } else {
                        review.scorePeer(clerk, scores[3], given);
                    }
                }
            }
            review.consolidate(head, rules.parameter(BlocKeys.SELF_WEIGHT));
            review.recordAcclamation(head, row[5], Integer.parseInt(row[6]), Integer.parseInt(row[7]),
                    Integer.parseInt(row[8]), rules.parameter(BlocKeys.QUORUM),
                    rules.parameter(BlocKeys.THRESHOLD_OF_PRESENT));
            review.markProposed();
            em.persist(review);
        }
        em.flush();
    }

    /** Members' title registrations for the bloc's 2025 movement, made before its registration closed. */
    private void createTitleRegistrations() {
        for (String[] row : table("title_registrations.tsv")) {
            Movement movement = em.createQuery("select m from Movement m where m.code = :code", Movement.class)
                    .setParameter("code", row[0]).getSingleResult();
            Actor clerk = actor(row[1]);
            Map<Title, Integer> people = new LinkedHashMap<>();
            if (cell(row, 4) != null) {
                for (String line : row[4].split(";")) {
                    String[] parts = line.split(":");
                    people.put(title(parts[0].strip()), Integer.parseInt(parts[1].strip()));
                }
            }
            em.persist(TitleRegistration.register(movement, em.find(Unit.class, clerk.unitId()), clerk,
                    cell(row, 3) == null ? null : title(row[3]), people, LocalDate.parse(row[2]).atTime(9, 30)));
        }
        em.flush();
    }

    /** The cell, or null when the row is shorter or the cell blank. */
    private static String cell(String[] row, int index) {
        return row.length > index && !row[index].isBlank() ? row[index] : null;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private void createProposal(String[] row) {
        Actor clerk = actor(row[0]);
        Actor leader = actor(row[1]);
        List<Long> cited = row.length > 9 ? Arrays.stream(row[9].split(";")).map(n -> initiative(n.strip()).getId())
                .toList() : List.of();
        long id = clerkProposals.createDraft(clerk, ProposalInput.single(Integer.parseInt(row[2]),
                new NomineeInput(NomineeKind.INDIVIDUAL, row[4], row[5], null, null, title(row[3]).getId(), row[6],
                        cited)));
        String target = row[7];
        if ("DRAFT".equals(target)) {
            return;
        }
        for (DossierReview.RequiredFile required : clerkProposals.review(clerk, id).getChecklist()) {
            AttachmentKind kind = AttachmentKind.valueOf(required.getKind());
            attachments.add(clerk, id, kind, kind.name().toLowerCase(Locale.ROOT) + ".pdf",
                    DemoDocuments.pdf(kind.name() + " " + row[4]));
        }
        clerkProposals.submit(clerk, id, true);
        String number = em.find(Proposal.class, id).getNumber();
        switch (target) {
            case "RETURNED" -> review.returnToClerk(leader, openTask(number), row[8]);
            case "APPROVED_AT_UNIT" -> review.approve(leader, openTask(number), null);
            case "AT_BOARD", "IN_APPRAISAL" -> {
                review.approve(leader, openTask(number), null);
                Actor secretary = holder(Role.COUNCIL_SECRETARY, clerk.unitCode());
                councilVotes.record(secretary, openTask(number), 9, 8, 8, 0, 0);
                if ("IN_APPRAISAL".equals(target)) {
                    reception.accept(holder(Role.APPRAISER, "BAN_TDKT"), openTask(number));
                }
            }
            default -> {}
        }
    }

    /** The one open task of the proposal's process, whoever it is for. */
    private String openTask(String proposalNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(proposalNumber).singleResult().getId();
    }

    private Actor holder(Role role, String unitCode) {
        return users.holders(role, unitCode).stream().findFirst().flatMap(u -> users.actorFor(u.getUsername()))
                .orElseThrow();
    }

    private Title title(String code) {
        return em.createQuery("select t from Title t where t.code = :code", Title.class)
                .setParameter("code", code).getSingleResult();
    }

    private Person person(String unitCode, String name) {
        return em.createQuery("select p from Person p where p.unit.code = :unit and p.fullName = :name", Person.class)
                .setParameter("unit", unitCode).setParameter("name", name).getSingleResult();
    }

    private Initiative initiative(String name) {
        return em.createQuery("select i from Initiative i where i.name = :name", Initiative.class)
                .setParameter("name", name).getSingleResult();
    }

    private boolean alreadyCreated() {
        return !em.createQuery("select u.id from UserAccount u where u.username = 'clerk'", Long.class)
                .getResultList().isEmpty();
    }

    private Unit unit(String code) {
        return em.createQuery("select u from Unit u where u.code = :code", Unit.class)
                .setParameter("code", code).getSingleResult();
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }

    private static List<String[]> table(String name) {
        try (var in = DemoData.class.getClassLoader().getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Demo table missing: demo/" + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read demo/" + name, e);
        }
    }
}
