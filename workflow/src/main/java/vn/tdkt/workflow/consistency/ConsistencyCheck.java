package vn.tdkt.workflow.consistency;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.workflow.engine.ProcessKeys;

/**
 * Checks that what the database holds agrees with itself, as it must after any crash or outage: every open dossier
 * has exactly one live process, waiting at the step its status says (or at a timer or an administrator's added
 * step); no closed dossier still has one; every decided dossier has its lines in the award register, none twice;
 * every stored file has its bytes; the inbox lists exactly the engine's open tasks. Read-only, in one read transaction, with plain SQL over our tables and the
 * engine's (the engine's runtime tables are its documented, stable schema), so it costs a few queries whatever
 * the size. For administrators, from their page and from the command line (REST).
 */
@Stateless
public class ConsistencyCheck {

    /** The steps a dossier's process may wait at, by the dossier's status. */
    static final Map<ProposalStatus, Set<String>> STEPS = Map.of(
            ProposalStatus.SUBMITTED, Set.of(ProcessKeys.TASK_UNIT_HEAD_REVIEW),
            ProposalStatus.RETURNED, Set.of(ProcessKeys.TASK_REVISE_PROPOSAL),
            ProposalStatus.APPROVED_AT_UNIT, Set.of(ProcessKeys.TASK_COUNCIL_VOTE),
            ProposalStatus.AWAITING_UNIT_DECISION, Set.of(ProcessKeys.TASK_UNIT_DECISION),
            ProposalStatus.AT_BOARD, Set.of(ProcessKeys.TASK_RECEPTION, ProcessKeys.TASK_RECEPTION_AFTER_SUPPLEMENT),
            ProposalStatus.RETURNED_FOR_SUPPLEMENT, Set.of(ProcessKeys.TASK_SUPPLEMENT),
            ProposalStatus.IN_APPRAISAL, Set.of(ProcessKeys.TASK_APPRAISAL, ProcessKeys.TASK_PUBLIC_NOTICE),
            ProposalStatus.AWAITING_DECISION, Set.of(ProcessKeys.TASK_DECISION),
            ProposalStatus.SENT_UP, Set.of(ProcessKeys.TASK_CENTRAL_DECISION));

    /** Every step of the product's procedure; a step outside it was added by an administrator (an opinion). */
    private static final Set<String> PRODUCT_STEPS = STEPS.values().stream().flatMap(Set::stream)
            .collect(Collectors.toSet());

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Inconsistency> run(Actor admin) {
        admin.require(Role.ADMIN);
        List<Inconsistency> found = new ArrayList<>();
        processes(found);
        register(found);
        files(found);
        inbox(found);
        return found;
    }

    private void processes(List<Inconsistency> found) {
        Map<String, List<String>> instances = new HashMap<>();
        for (Object[] row : rows("SELECT e.business_key_, e.id_ FROM act_ru_execution e"
                + " WHERE e.parent_id_ IS NULL AND e.business_key_ IS NOT NULL")) {
            instances.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        Map<String, Set<String>> steps = new HashMap<>();
        for (Object[] row : rows("SELECT proc_inst_id_, task_def_key_ FROM act_ru_task")) {
            steps.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
        }
        Set<String> waiting = new HashSet<>();
        for (Object[] row : rows("SELECT DISTINCT process_instance_id_, 1 FROM act_ru_job")) {
            waiting.add((String) row[0]);
        }
        for (Object[] row : rows("SELECT number, status FROM proposal")) {
            String number = (String) row[0];
            ProposalStatus status = ProposalStatus.valueOf((String) row[1]);
            List<String> live = instances.getOrDefault(number, List.of());
            Set<String> expected = STEPS.get(status);
            if (expected == null) {
                if (!live.isEmpty()) {
                    found.add(new Inconsistency(Inconsistency.Kind.PROCESS_LEFT_RUNNING, number,
                            status + ": " + live.size()));
                }
                continue;
            }
            if (live.size() != 1) {
                found.add(new Inconsistency(Inconsistency.Kind.PROCESS_COUNT, number, status + ": " + live.size()));
                continue;
            }
            String instance = live.get(0);
            Set<String> at = steps.getOrDefault(instance, Set.of());
            boolean atItsStep = at.stream().anyMatch(step -> expected.contains(step) || !PRODUCT_STEPS.contains(step));
            boolean atAnotherStep = at.stream().anyMatch(step -> PRODUCT_STEPS.contains(step)
                    && !expected.contains(step));
            if (atAnotherStep || !atItsStep && !waiting.contains(instance)) {
                found.add(new Inconsistency(Inconsistency.Kind.PROCESS_STEP, number,
                        status + ": " + (at.isEmpty() ? "-" : String.join(", ", at))));
            }
        }
    }

    private void register(List<Inconsistency> found) {
        for (Object[] row : rows("SELECT p.number, 1 FROM proposal p WHERE p.status = 'DECIDED'"
                + " AND NOT EXISTS (SELECT 1 FROM award a WHERE a.proposal_id = p.id)")) {
            found.add(new Inconsistency(Inconsistency.Kind.REGISTER_MISSING, (String) row[0], "DECIDED"));
        }
        for (Object[] row : rows("SELECT p.number, a.nominee_name || ' (' || count(*) || ')' FROM award a"
                + " JOIN proposal p ON p.id = a.proposal_id"
                + " GROUP BY p.number, a.nominee_name, a.title_id HAVING count(*) > 1")) {
            found.add(new Inconsistency(Inconsistency.Kind.REGISTER_TWICE, (String) row[0], (String) row[1]));
        }
    }

    private void files(List<Inconsistency> found) {
        for (Object[] row : rows("SELECT 'attachment ' || a.id, a.size_bytes || ' / '"
                + " || coalesce(octet_length(c.content)::text, '-') FROM attachment a"
                + " LEFT JOIN attachment_content c ON c.attachment_id = a.id"
                + " WHERE c.content IS NULL OR octet_length(c.content) <> a.size_bytes"
                + " UNION ALL SELECT 'evidence ' || e.id, e.size_bytes || ' / '"
                + " || coalesce(octet_length(c.content)::text, '-') FROM bloc_evidence e"
                + " LEFT JOIN bloc_evidence_content c ON c.evidence_id = e.id"
                + " WHERE c.content IS NULL OR octet_length(c.content) <> e.size_bytes")) {
            found.add(new Inconsistency(Inconsistency.Kind.FILE_BYTES, (String) row[0], (String) row[1]));
        }
    }

    /**
     * The inbox is a projection of the engine's open tasks, written in the same transaction: each task in it once,
     * nothing else. A task missing there is work nobody sees; a line without a task leads to an error.
     */
    private void inbox(List<Inconsistency> found) {
        for (Object[] row : rows("SELECT coalesce(e.business_key_, t.proc_inst_id_), t.task_def_key_"
                + " FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_"
                + " WHERE NOT EXISTS (SELECT 1 FROM inbox_task i WHERE i.task_id = t.id_)")) {
            found.add(new Inconsistency(Inconsistency.Kind.INBOX_MISSING, (String) row[0], (String) row[1]));
        }
        for (Object[] row : rows("SELECT coalesce(i.proposal_number, i.process_instance_id), i.task_key"
                + " FROM inbox_task i WHERE NOT EXISTS (SELECT 1 FROM act_ru_task t WHERE t.id_ = i.task_id)")) {
            found.add(new Inconsistency(Inconsistency.Kind.INBOX_STALE, (String) row[0], (String) row[1]));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return ((List<Object[]>) em.createNativeQuery(sql).getResultList()).stream()
                .map(row -> Arrays.copyOf(row, row.length)).toList();
    }
}
