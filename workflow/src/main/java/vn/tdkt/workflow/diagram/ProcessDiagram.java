package vn.tdkt.workflow.diagram;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.workflow.proposal.ProposalRepository;

/**
 * A proposal's process diagram (sơ đồ quy trình) with its current step, for whoever may see the dossier; for
 * anyone else the proposal is "not found", exactly as the dossier is.
 */
@Stateless
public class ProcessDiagram {

    @Inject
    ProposalRepository proposals;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    /**
     * The diagram of the proposal's process instance; empty for a proposal that has none yet (a draft).
     *
     * @throws vn.tdkt.domain.shared.DomainException {@code proposal.error.notFound} if the actor may not see it
     */
    public Optional<InstanceDiagram.Drawing> of(Actor actor, long proposalId) {
        Proposal proposal = proposals.visible(actor, proposalId);
        return new InstanceDiagram(repository, runtime, history).ofProposal(proposal.getNumber());
    }
}
