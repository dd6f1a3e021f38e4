package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import vn.tdkt.it.support.SignedInClient;
import vn.tdkt.it.support.TestDatabase;

/**
 * PostgreSQL stopped under a signed-in user and started again: while it is down every page answers 503 with a
 * Vietnamese "try again" page (no stack trace, no generic error page); once it is back the same session works
 * again without restarting the server, and what was saved before is all there. Runs alone, last: nothing else
 * may use the database meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Isolated
@Order(Integer.MAX_VALUE)
class DatabaseOutageIT {

    private static final String BASE = "http://127.0.0.1:" + System.getProperty("tdkt.test.http.port", "8180")
            + "/tdkt";

    @Test
    void whileTheDatabaseIsDownUsersAreAskedToTryAgainAndAfterwardsEverythingWorksAsBefore() throws Exception {
        HttpClient leader = SignedInClient.as(BASE, "leader");
        HttpResponse<String> before = get(leader, "/app/proposals.xhtml");
        assertThat(before.statusCode()).isEqualTo(200);

        TestDatabase.stopKeepingData();
        HttpResponse<String> during;
        try {
            during = get(leader, "/app/proposals.xhtml");
        } finally {
            TestDatabase.startAgain();
        }

        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(during.headers().firstValue("Retry-After")).contains("30");
        assertThat(during.body()).contains("Vui lòng thử lại sau ít phút").doesNotContain("Exception", "at org.");

        // The pool replaces its broken connections; each answer meanwhile is "try again", never an error.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HttpResponse<String> after = get(leader, "/app/proposals.xhtml");
        while (after.statusCode() == 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            after = get(leader, "/app/proposals.xhtml");
        }
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        assertThat(rows(after.body())).as("the leader's dossiers, all still there").isEqualTo(rows(before.body()));
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The number of dossier rows the proposal list shows. */
    private static long rows(String page) {
        return page.split("proposal-row", -1).length - 1;
    }
}
