package vn.tdkt.workflow.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/** Deployment of the product's processes, shared by the server start-up and the engine tests. */
public final class ProcessEngines {

    public static final String NAME = "default";
    static final String DEPLOYMENT_NAME = "tdkt-processes";

    private ProcessEngines() {
    }

    /**
     * Deploys the bundled diagrams; unchanged diagrams are filtered out, so a restart creates no new version
     * and running instances keep their definition.
     */
    public static void deploy(RepositoryService repository, ClassLoader classLoader) {
        DeploymentBuilder deployment = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("classpath")
                .enableDuplicateFiltering(true);
        for (String resource : ProcessEngineBootstrap.PROCESS_RESOURCES) {
            try (var in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Process diagram missing from the classpath: " + resource);
                }
                deployment.addInputStream(resource, new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + resource, e);
            }
        }
        deployment.deploy();
    }
}
