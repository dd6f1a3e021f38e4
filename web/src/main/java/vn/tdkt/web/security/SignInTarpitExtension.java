package vn.tdkt.web.security;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link SignInTarpit} in front of every request of the application. Undertow loads it from
 * {@code META-INF/services} when it deploys the web module, before any filter or servlet exists.
 */
public class SignInTarpitExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        // An initial handler runs before the servlet layer leaves the I/O thread: a held call takes no worker.
        deploymentInfo.addInitialHandlerChainWrapper(next -> new SignInTarpit(next, servletContext));
    }
}
