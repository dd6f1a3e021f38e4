package vn.tdkt.workflow.bloc;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import vn.tdkt.domain.blocreview.BlocReview;
import vn.tdkt.domain.catalog.CommendationType;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.proposal.AttachmentKind;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.eligibility.RuleSetCatalog;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.proposal.DossierAttachments;
import vn.tdkt.workflow.proposal.NomineeInput;
import vn.tdkt.workflow.proposal.NomineeResolver;
import vn.tdkt.workflow.proposal.ProposalInput;
import vn.tdkt.workflow.proposal.ProposalRepository;

/**
 * The proposals a year-end review ends in, created once, in the ballot's transaction: the Cờ thi đua of UBND tỉnh
 * for the acclaimed leading unit and a Bằng khen of the Chairman for each of the next units (how many: the rule
 * set), drafted in the head unit's name with the bloc's minutes (ranking and ballot) attached, and sent straight to
 * the provincial board's reception of process {@code commendation-proposal}. A replay finds the review already
 * proposed and creates nothing.
 */
@Stateless
public class BlocProposals {

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    @Inject
    ProposalRepository proposals;

    @Inject
    NomineeResolver resolver;

    @Inject
    DossierAttachments attachments;

    @Inject
    RuleSetCatalog ruleSets;

    @Inject
    RuntimeService runtime;

    /** Creates the proposals of a voted year-end review; answers their ids (Cờ first). */
    public List<Long> create(Actor headClerk, long reviewId) {
        BlocReview review = em.find(BlocReview.class, reviewId);
        if (review == null) {
            throw new DomainException("bloc.error.reviewNotFound");
        }
        review.markProposed();
        int count = ruleSets.inForceOn(BusinessClock.now().toLocalDate()).parameter(BlocKeys.BANG_KHEN_COUNT);
        byte[] minutes = BlocMinutes.workbook(review);
        List<Long> ids = new ArrayList<>();
        ids.add(propose(headClerk, review, BlocKeys.CO_THI_DUA, List.of(review.getLeadingUnit()), minutes));
        List<Unit> next = review.runnersUp(count);
        if (!next.isEmpty()) {
            ids.add(propose(headClerk, review, BlocKeys.BANG_KHEN, next, minutes));
        }
        return ids;
    }

    private long propose(Actor clerk, BlocReview review, String titleCode, List<Unit> units, byte[] minutes) {
        Title title = em.createQuery("select t from Title t where t.code = :code", Title.class)
                .setParameter("code", titleCode).getSingleResult();
        List<NomineeInput> nominees = units.stream().map(unit -> new NomineeInput(NomineeKind.COLLECTIVE,
                unit.getName(), review.getBloc().getName(), null, null, title.getId(),
                BlocMinutes.achievement(review, unit), List.of())).toList();
        ProposalInput input = new ProposalInput(review.getYear(), CommendationType.MERIT,
                review.getMovement().getId(), nominees);
        Unit head = proposals.unit(clerk.unitId());
        Proposal proposal = Proposal.draft(proposals.nextNumber(head), head,
                resolver.header(input, BusinessClock.now().toLocalDate()),
                resolver.nominees(head, input.nominees(), BusinessClock.now().toLocalDate()), clerk,
                BusinessClock.now());
        proposals.add(proposal);
        proposals.flush();
        attachments.add(clerk, proposal.getId(), AttachmentKind.MEETING_MINUTES,
                BlocMinutes.fileName(review, titleCode), minutes);
        proposal.sendByBloc(clerk, review.getBloc().getName() + " " + review.getYear(), BusinessClock.now());
        proposals.flush();
        runtime.createProcessInstanceByKey(ProcessKeys.COMMENDATION_PROPOSAL).businessKey(proposal.getNumber())
                .setVariables(Map.of(ProcessKeys.VAR_PROPOSAL_ID, proposal.getId(),
                        ProcessKeys.VAR_UNIT_CODE, head.getCode()))
                .startBeforeActivity(ProcessKeys.TASK_RECEPTION).execute();
        return proposal.getId();
    }
}
