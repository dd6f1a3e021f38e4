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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.organisation.UserAccount;
import vn.tdkt.workflow.config.Settings;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.Inbox;
import vn.tdkt.workflow.proposal.InboxItem;
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
    Inbox inbox;

    @Inject
    UserDirectory users;

    @PostConstruct
    void createOnce() {
        if (!Settings.demoMode() || alreadyCreated()) {
            return;
        }
        for (String[] row : table("units.tsv")) {
            em.persist(new Unit(row[0], row[1]));
        }
        em.flush();
        for (String[] row : table("users.tsv")) {
            Set<Role> roles = Arrays.stream(row[4].split(",")).map(String::strip).map(Role::valueOf)
                    .collect(Collectors.toSet());
            em.persist(new UserAccount(row[0], row[1], row[2], unit(row[3]), roles, DEMO_PASSWORD.toCharArray()));
        }
        em.flush();
        for (String[] row : table("proposals.tsv")) {
            createProposal(row);
        }
        LOG.info("Demo mode: created the demo units, accounts (password 'demo') and proposals.");
    }

    private void createProposal(String[] row) {
        Actor clerk = actor(row[0]);
        Actor leader = actor(row[1]);
        Long titleId = em.createQuery("select t.id from Title t where t.code = :code", Long.class)
                .setParameter("code", row[2]).getSingleResult();
        long id = clerkProposals.createDraft(clerk, new ProposalInput(row[3], row[4], titleId, row[5]));
        String target = row[6];
        if ("DRAFT".equals(target)) {
            return;
        }
        clerkProposals.submit(clerk, id);
        String taskId = inbox.of(leader).stream().filter(item -> item.getProposalId() == id)
                .map(InboxItem::getTaskId).findFirst().orElseThrow();
        switch (target) {
            case "APPROVED_AT_UNIT" -> review.approve(leader, taskId, null);
            case "RETURNED" -> review.returnToClerk(leader, taskId, row[7]);
            default -> { }
        }
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
