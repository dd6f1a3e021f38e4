package vn.tdkt.workflow.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Reports every user task of every deployed diagram as it is created, so that notifications need no listener in
 * any diagram: a task added to a process later (council vote, appraisal…) is announced like today's. Registered
 * once on the engine configuration as a parse listener that gives each user task a built-in create listener
 * (built-in: a process modification that skips custom listeners still announces it).
 */
public final class TaskOpenedListener extends AbstractBpmnParseListener implements TaskListener {

    private final Consumer<TaskOpened> sink;

    private TaskOpenedListener(Consumer<TaskOpened> sink) {
        this.sink = Objects.requireNonNull(sink);
    }

    /** Adds the listener to a configuration before the engine is built; {@code sink} runs in the task's transaction. */
    public static void register(ProcessEngineConfigurationImpl configuration, Consumer<TaskOpened> sink) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new TaskOpenedListener(sink));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
            userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this);
        }
    }

    @Override
    public void notify(DelegateTask task) {
        Set<String> users = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null) {
                groups.add(link.getGroupId());
            } else if (link.getUserId() != null) {
                users.add(link.getUserId());
            }
        }
        sink.accept(new TaskOpened(task.getId(), task.getTaskDefinitionKey(),
                task.getExecution().getProcessBusinessKey(), TaskSubject.of(task), task.getAssignee(), users, groups));
    }
}
