package vn.tdkt.workflow.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Keeps the inbox table ({@code inbox_task}, migration V13) in step with the engine's open user tasks: a row when
 * a task opens, with what it is about ({@link TaskSubject}, V22), its assignee and due date as they change, gone when
 * it is completed or deleted. The statements
 * run on the engine's own connection inside the engine's command, so the projection commits or rolls back with
 * the task itself, on the server (JTA) as in the engine tests. Built-in listeners on every user task of every
 * diagram, like {@link TaskOpenedListener}, so no diagram needs to declare them.
 */
public final class InboxProjectionListener extends AbstractBpmnParseListener {

    /** Steps that handle a dossier that came back: its revision or supplement, or the second look after it. */
    private static final Set<String> RETURNED_STEPS = Set.of(ProcessKeys.TASK_REVISE_PROPOSAL,
            ProcessKeys.TASK_SUPPLEMENT, ProcessKeys.TASK_RECEPTION_AFTER_SUPPLEMENT);

    private static final String INSERT = """
            INSERT INTO inbox_task (task_id, task_key, task_name, process_instance_id, proposal_id, proposal_number,
                unit_code, candidate_groups, assignee, created_at, due_at, lead_nominee_name, movement_id, returned,
                subject_type, subject_id)
            SELECT ?, ?, ?, ?, CAST(? AS BIGINT), ?, ?, ?, ?, ?, ?,
                (SELECT n.full_name FROM proposal_nominee n WHERE n.proposal_id = CAST(? AS BIGINT)
                 ORDER BY n.position LIMIT 1),
                (SELECT p.movement_id FROM proposal p WHERE p.id = CAST(? AS BIGINT)),
                ? OR (? AND EXISTS (SELECT 1 FROM proposal_event ev
                                    WHERE ev.proposal_id = CAST(? AS BIGINT) AND ev.action = 'RETURNED')),
                ?, CAST(? AS BIGINT)
            ON CONFLICT (task_id) DO NOTHING""";

    private static final String UPDATE = "UPDATE inbox_task SET assignee = ?, due_at = ?, task_name = ? WHERE task_id = ?";

    private static final String DELETE = "DELETE FROM inbox_task WHERE task_id = ?";

    private final TaskListener opened = this::opened;
    private final TaskListener changed = this::changed;
    private final TaskListener closed = this::closed;

    private InboxProjectionListener() {
    }

    /** Adds the projection to a configuration before the engine is built. */
    public static void register(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new InboxProjectionListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
            TaskDefinition definition = userTask.getTaskDefinition();
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, opened);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, changed);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, changed);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, closed);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, closed);
        }
    }

    private void opened(DelegateTask task) {
        TaskSubject subject = TaskSubject.of(task);
        Long proposalId = subject.proposalId();
        Object unitCode = task.getVariable(ProcessKeys.VAR_UNIT_CODE);
        String key = task.getTaskDefinitionKey();
        execute(INSERT, statement -> {
            Connection connection = statement.getConnection();
            statement.setString(1, task.getId());
            statement.setString(2, key);
            statement.setString(3, task.getName());
            statement.setString(4, task.getProcessInstanceId());
            setLong(statement, 5, proposalId);
            statement.setString(6, task.getExecution().getProcessBusinessKey());
            statement.setString(7, unitCode == null ? null : unitCode.toString());
            statement.setArray(8, connection.createArrayOf("varchar", candidateGroups(task)));
            statement.setString(9, task.getAssignee());
            statement.setTimestamp(10, timestamp(task.getCreateTime()));
            statement.setTimestamp(11, timestamp(task.getDueDate()));
            setLong(statement, 12, proposalId);
            setLong(statement, 13, proposalId);
            statement.setBoolean(14, RETURNED_STEPS.contains(key));
            statement.setBoolean(15, ProcessKeys.TASK_UNIT_HEAD_REVIEW.equals(key));
            setLong(statement, 16, proposalId);
            statement.setString(17, subject.type().name());
            setLong(statement, 18, subject.id());
        });
    }

    private void changed(DelegateTask task) {
        execute(UPDATE, statement -> {
            statement.setString(1, task.getAssignee());
            statement.setTimestamp(2, timestamp(task.getDueDate()));
            statement.setString(3, task.getName());
            statement.setString(4, task.getId());
        });
    }

    private void closed(DelegateTask task) {
        execute(DELETE, statement -> statement.setString(1, task.getId()));
    }

    private static String[] candidateGroups(DelegateTask task) {
        Set<String> groups = new TreeSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups.toArray(String[]::new);
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** The engine writes its dates as JDBC timestamps of the JVM's zone; the projection stores them alike. */
    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static void execute(String sql, Binder binder) {
        Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new ProcessEngineException("Inbox projection not written: " + e.getMessage(), e);
        }
    }
}
