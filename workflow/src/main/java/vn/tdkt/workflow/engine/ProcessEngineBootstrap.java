package vn.tdkt.workflow.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.impl.util.BeanManagerLookup;

/**
 * Starts the embedded process engine on the application's JTA datasource, so that an engine call and a JPA
 * write in one use case commit or roll back together, and deploys the processes under {@code processes/}.
 * Registered as the container's default engine, whose services camunda-engine-cdi then offers for injection.
 * Every opened user task is announced as a CDI event {@link TaskOpened} and kept in the inbox table
 * ({@link InboxProjectionListener}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProcessEngineBootstrap {

    static final String[] PROCESS_RESOURCES = {"processes/commendation-proposal.bpmn",
        "processes/bloc-annual-review.bpmn"};

    @Resource(lookup = "java:jboss/datasources/AppDS")
    private DataSource dataSource;

    @Resource(lookup = "java:/TransactionManager")
    private TransactionManager transactionManager;

    /** Observers (notifications) hear of each opened task synchronously, inside the opening transaction. */
    @Inject
    Event<TaskOpened> taskOpened;

    @Inject
    BeanManager beanManager;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        CdiJtaProcessEngineConfiguration configuration = new CdiJtaProcessEngineConfiguration();
        configuration.setProcessEngineName(ProcessEngines.NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        EngineSettings.apply(configuration);
        // The diagram's timers (supplement deadline, appraisal reminder and escalation, end of the public notice)
        // fire only through the job executor. Its threads are the engine's own, outside any component, so the
        // expressions find our beans (${processActions…}) through this module's bean manager, not through JNDI.
        BeanManagerLookup.localInstance = beanManager;
        configuration.setJobExecutorActivate(true);
        configuration.setJobExecutor(JobExecutors.polling());
        TaskOpenedListener.register(configuration, taskOpened::fire);
        InboxProjectionListener.register(configuration);
        engine = configuration.buildProcessEngine();
        RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);
        ProcessEngines.deploy(engine.getRepositoryService(), getClass().getClassLoader());
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
            engine.close();
        }
    }
}
