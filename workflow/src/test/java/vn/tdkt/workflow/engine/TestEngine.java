package vn.tdkt.workflow.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * The process engine as the server configures it ({@link EngineSettings}), on the migrated embedded PostgreSQL
 * that every engine test shares ({@link TestDatabase#shared()}), with the product's diagrams deployed by
 * {@link ProcessEngines#deploy}. One per test class, for the class's own beans and listeners; engines on one
 * database get along as servers of a cluster do: duplicate filtering deploys the diagrams once, and no job executor
 * runs (each test runs its due jobs itself), so no engine picks up another class's timers. The process assertions
 * ({@link BpmnAwareTests}) work on the engine of the class that started last.
 */
final class TestEngine implements AutoCloseable {

    private static final AtomicInteger PROPOSAL_NUMBERS = new AtomicInteger();

    private final DataSource dataSource;
    private final ProcessEngine engine;

    private TestEngine(DataSource dataSource, ProcessEngine engine) {
        this.dataSource = dataSource;
        this.engine = engine;
    }

    /**
     * A proposal number (the process's business key) that no other test of this JVM uses: the engine tests share
     * one database, and several look proposals up by number.
     */
    static String proposalNumber(String unitCode) {
        return unitCode + "-2026-" + String.format("%06d", PROPOSAL_NUMBERS.incrementAndGet());
    }

    static TestEngine start(Class<?> testClass) {
        return start(testClass, opened -> {}, Map.of());
    }

    /** The same engine, reporting each opened task to {@code taskOpened} as the server's engine does. */
    static TestEngine start(Class<?> testClass, Consumer<TaskOpened> taskOpened) {
        return start(testClass, taskOpened, Map.of());
    }

    /** An engine whose expressions reach the given beans by name (test doubles at the process's edge). */
    static TestEngine start(Class<?> testClass, Map<Object, Object> beans) {
        return start(testClass, opened -> {}, beans);
    }

    private static TestEngine start(Class<?> testClass, Consumer<TaskOpened> taskOpened,
            Map<Object, Object> beans) {
        DataSource dataSource = TestDatabase.shared();
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        // Engines register themselves by name in a static map: one name per test class avoids clashes.
        configuration.setProcessEngineName(testClass.getSimpleName());
        configuration.setDataSource(dataSource);
        EngineSettings.apply(configuration);
        configuration.setBeans(new HashMap<>(beans));
        TaskOpenedListener.register(configuration, taskOpened);
        InboxProjectionListener.register(configuration);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            ProcessEngines.deploy(engine.getRepositoryService(), testClass.getClassLoader());
            // Named engines are not the assertions' default engine: they must be told which one to query.
            BpmnAwareTests.init(engine);
            return new TestEngine(dataSource, engine);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    ProcessEngine engine() {
        return engine;
    }

    /** The migrated database the engine runs on, for tests that read our tables beside the engine's. */
    DataSource dataSource() {
        return dataSource;
    }

    /** Closes the engine; the shared database stays up for the next test class. */
    @Override
    public void close() {
        BpmnAwareTests.reset();
        engine.close();
    }
}
