package vn.tdkt.it.support;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test server with the test run's deployment, for a class whose {@code @Nested} classes run in parallel as
 * clients of it. Arquillian starts the server and deploys for the enclosing class only, on the engine's thread,
 * before the nested classes are forked: Arquillian keeps one manager per JVM whose contexts are bound to the thread
 * that activated them, so classes running at the same time must not call it (arquillian-core pull request 835).
 * When in-server tests ran before, the server is already up and this costs nothing; run alone, the class still
 * gets its server.
 */
public final class TestRunServer implements BeforeAllCallback, AfterAllCallback {

    private final ArquillianExtension arquillian = new ArquillianExtension();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (isEnclosingClass(context)) {
            arquillian.beforeAll(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (isEnclosingClass(context)) {
            arquillian.afterAll(context);
        }
    }

    private static boolean isEnclosingClass(ExtensionContext context) {
        return !context.getRequiredTestClass().isAnnotationPresent(Nested.class);
    }
}
