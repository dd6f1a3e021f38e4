package vn.tdkt.workflow.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import vn.tdkt.workflow.engine.ProcessKeys;

/**
 * The diagram of one process instance as it stands: the layout of the definition version the instance runs (not
 * the latest one deployed, which may have moved or renamed steps), the activities active now on every execution,
 * and the activities it has finished. A plain class over the engine's services, so that engine tests use it as
 * the server does.
 */
public final class InstanceDiagram {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    public InstanceDiagram(RepositoryService repository, RuntimeService runtime, HistoryService history) {
        this.repository = Objects.requireNonNull(repository);
        this.runtime = Objects.requireNonNull(runtime);
        this.history = Objects.requireNonNull(history);
    }

    /** A drawn instance: where it stands, ready to write as SVG. */
    public record Drawing(String processName, DiagramLayout layout, StepMarks marks, boolean ended) {

        /** Names of the steps active now, in diagram order; empty once the instance has ended. */
        public List<String> currentStepNames() {
            return layout.shapes().stream().filter(s -> marks.isCurrent(s.id()))
                    .map(s -> s.name() == null ? s.id() : s.name()).toList();
        }

        public String svg() {
            List<String> current = currentStepNames();
            String title = processName == null ? "" : processName;
            if (!current.isEmpty()) {
                title = title + ": " + String.join(", ", current);
            }
            return new SvgDiagram().write(layout, marks, title);
        }
    }

    /**
     * The newest instance of process {@code commendation-proposal} with the proposal's number as business key,
     * running or ended; empty for a proposal never submitted.
     */
    public Optional<Drawing> ofProposal(String proposalNumber) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.COMMENDATION_PROPOSAL)
                .processInstanceBusinessKey(proposalNumber)
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, 1);
        return instances.isEmpty() ? Optional.empty() : Optional.of(of(instances.get(0)));
    }

    /** The drawing of one instance, running or ended. */
    public Drawing of(HistoricProcessInstance instance) {
        BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        Set<String> current = new HashSet<>();
        boolean ended = instance.getEndTime() != null;
        if (!ended) {
            for (Execution execution : runtime.createExecutionQuery().processInstanceId(instance.getId()).list()) {
                current.addAll(runtime.getActiveActivityIds(execution.getId()));
            }
        }
        Set<String> done = new HashSet<>();
        for (HistoricActivityInstance passed : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).finished().list()) {
            done.add(passed.getActivityId());
        }
        Process process = model.getModelElementById(instance.getProcessDefinitionKey());
        return new Drawing(process == null ? instance.getProcessDefinitionKey() : process.getName(),
                DiagramLayout.of(model), new StepMarks(current, done), ended);
    }
}
