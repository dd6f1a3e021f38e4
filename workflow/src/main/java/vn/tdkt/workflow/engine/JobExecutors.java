package vn.tdkt.workflow.engine;

import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/** The server's job executor, which runs the diagram's due timers. */
final class JobExecutors {

    /** When idle, the executor looks for due jobs at most this far apart (the engine's default backs off to 60 s). */
    static final int MAX_IDLE_WAIT_MILLIS = 10_000;

    private JobExecutors() {
    }

    /**
     * Two worker threads, a short idle back-off: timers here are days apart, so a due one waiting ten seconds more is
     * harmless, and a query every ten seconds costs nothing; several servers share the jobs (the engine locks each).
     */
    static JobExecutor polling() {
        DefaultJobExecutor executor = new DefaultJobExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setMaxWait(MAX_IDLE_WAIT_MILLIS);
        return executor;
    }
}
