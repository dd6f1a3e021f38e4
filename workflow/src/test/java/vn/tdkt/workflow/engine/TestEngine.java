package vn.tdkt.workflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * The process engine as the server configures it ({@link EngineSettings}), on a migrated embedded PostgreSQL,
 * with the product's diagrams deployed by {@link ProcessEngines#deploy}. One per test class.
 */
final class TestEngine implements AutoCloseable {

    private final TestDatabase database;
    private final ProcessEngine engine;

    private TestEngine(TestDatabase database, ProcessEngine engine) {
        this.database = database;
        this.engine = engine;
    }

    static TestEngine start(Class<?> testClass) {
        return start(testClass, opened -> { }, java.util.Map.of());
    }

    /** The same engine, reporting each opened task to {@code taskOpened} as the server's engine does. */
    static TestEngine start(Class<?> testClass, java.util.function.Consumer<TaskOpened> taskOpened) {
        return start(testClass, taskOpened, java.util.Map.of());
    }

    /** An engine whose expressions reach the given beans by name (test doubles at the process's edge). */
    static TestEngine start(Class<?> testClass, java.util.Map<Object, Object> beans) {
        return start(testClass, opened -> { }, beans);
    }

    private static TestEngine start(Class<?> testClass, java.util.function.Consumer<TaskOpened> taskOpened,
            java.util.Map<Object, Object> beans) {
        TestDatabase database = TestDatabase.startMigrated();
        try {
            StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
            // Engines register themselves by name in a static map: one name per test class avoids clashes.
            configuration.setProcessEngineName(testClass.getSimpleName());
            configuration.setDataSource(database.dataSource());
            EngineSettings.apply(configuration);
            configuration.setBeans(new java.util.HashMap<>(beans));
            TaskOpenedListener.register(configuration, taskOpened);
            InboxProjectionListener.register(configuration);
            ProcessEngine engine = configuration.buildProcessEngine();
            ProcessEngines.deploy(engine.getRepositoryService(), testClass.getClassLoader());
            return new TestEngine(database, engine);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    ProcessEngine engine() {
        return engine;
    }

    /** The migrated database the engine runs on, for tests that read our tables beside the engine's. */
    javax.sql.DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            database.close();
        }
    }
}
