package vn.tdkt.workflow.diagram;

import java.util.Set;

/**
 * Where an instance stands on its diagram: the steps active now (bước hiện tại) and the steps already passed.
 * A step both passed and active again (a dossier back at the unit head after a return) counts as current.
 */
public record StepMarks(Set<String> current, Set<String> done) {

    public static final StepMarks NONE = new StepMarks(Set.of(), Set.of());

    public StepMarks {
        current = Set.copyOf(current);
        done = Set.copyOf(done);
    }

    public boolean isCurrent(String id) {
        return current.contains(id);
    }

    public boolean isDone(String id) {
        return done.contains(id) && !current.contains(id);
    }

    /**
     * Whether the flow was followed. The engine's history records steps, not sequence flows, so a flow counts as
     * taken when its source was passed and its target reached: a flow between two passed steps that the instance
     * happened not to follow would be shown taken too, which reads right on a diagram of one path.
     */
    public boolean taken(DiagramLayout.Edge edge) {
        return done.contains(edge.sourceId()) && (done.contains(edge.targetId()) || current.contains(edge.targetId()));
    }
}
