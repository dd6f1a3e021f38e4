package vn.tdkt.it.support;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The deployment of the whole test run (named in {@code arquillian.xml}): the Arquillian suite extension deploys
 * it before the first test class and undeploys it after the last, so that the 55 MB EAR is deployed once instead
 * of once per class. Tests therefore share one running application and one database: each test isolates itself
 * by what it creates (its own dossiers, users, years), never by a fresh deployment.
 */
@ArquillianSuiteDeployment
public final class TestRunDeployment {

    private TestRunDeployment() {
    }

    @Deployment
    public static EnterpriseArchive deployment() {
        return Deployments.testRun();
    }
}
