package vn.tdkt.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The diagram's service tasks ({@code ${processActions.…}}) for the bare engine of {@link LifecycleBench}: they do
 * nothing, so that the bare run measures the engine alone. Public, because the engine's expression language calls
 * these methods by reflection.
 */
public class BareProcessActions {

    public void recordDecision(DelegateExecution execution) {
        // The bare engine writes no register line and tells nobody.
    }

    public void notifyNotCommended(DelegateExecution execution) {
        // Not on the benchmark's path.
    }

    public void supplementExpired(DelegateExecution execution) {
        // Not on the benchmark's path.
    }

    public void remind(DelegateExecution execution) {
        // Not on the benchmark's path (the timer is weeks away).
    }

    public void escalate(DelegateExecution execution) {
        // Not on the benchmark's path (the timer is weeks away).
    }
}
