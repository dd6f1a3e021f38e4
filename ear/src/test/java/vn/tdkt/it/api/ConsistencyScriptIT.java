package vn.tdkt.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consistency check from the command line, as an operator runs it: {@code scripts/consistency-check.sh}
 * against the running server prints the findings as JSON and says by its exit code whether any were found; a
 * user who is not an administrator cannot run it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsistencyScriptIT {

    private static final String BASE = "http://127.0.0.1:" + System.getProperty("tdkt.test.http.port", "8180")
            + "/tdkt";

    @Test
    void anAdministratorRunsTheCheckFromTheCommandLine() throws Exception {
        Result admin = run("admin");
        Result clerk = run("clerk");

        assertThat(admin.exitCode()).as(admin.output()).isIn(0, 1);
        assertThat(admin.output()).startsWith("[");
        assertThat(clerk.exitCode()).as(clerk.output()).isEqualTo(2);
        assertThat(clerk.output()).contains("could not run");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String user) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", new File("../scripts/consistency-check.sh").getPath())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of("TDKT_URL", BASE, "TDKT_CHECK_USER", user, "TDKT_CHECK_PASSWORD", "demo"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
