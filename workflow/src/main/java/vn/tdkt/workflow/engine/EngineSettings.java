package vn.tdkt.workflow.engine;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The engine settings every TĐKT engine runs with: in the server, in engine tests and in the benchmark's bare engine. Camunda 7 CE gets
 * no more security fixes, so everything that widens its attack surface is off.
 */
public final class EngineSettings {

    private EngineSettings() {
    }

    public static void apply(ProcessEngineConfigurationImpl configuration) {
        // The schema belongs to our migrations (CamundaEngineSchema); the engine only checks its version.
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        // Off by default: engine tests run due jobs themselves under a controlled clock; the server turns it on
        // (ProcessEngineBootstrap) for the diagram's timers.
        configuration.setJobExecutorActivate(false);
        configuration.setEnableXxeProcessing(false);
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(false);
        configuration.setConfigureScriptEngineHostAccess(false);
        configuration.setEnableScriptEngineLoadExternalResources(false);
        configuration.setEnableScriptEngineNashornCompatibility(false);
        // Authorisation is ours (role and unit of the actor); the engine's identity tables stay unused.
        configuration.setAuthorizationEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setMetricsEnabled(false);
    }
}
