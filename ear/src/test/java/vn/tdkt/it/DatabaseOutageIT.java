package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import vn.tdkt.domain.signin.ApiToken;
import vn.tdkt.it.support.LoopbackHttp;
import vn.tdkt.it.support.LoopbackHttp.Answer;
import vn.tdkt.it.support.SignedInClient;
import vn.tdkt.it.support.TestDatabase;

/**
 * PostgreSQL stopped under a signed-in user and started again: while it is down every page answers 503 with a
 * Vietnamese "try again" page (no stack trace, no generic error page), and so does signing in — on the login page,
 * and on the REST API with HTTP Basic or a token, there as a problem document — never "wrong password", which would
 * send a person or a script looking for a fault that is not theirs. Once it is back the same session works again
 * without restarting the server, what was saved before is all there, and the same credentials sign in: the
 * attempts made during the outage were not counted as failures. Runs alone, last: nothing else may use the
 * database meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Isolated
@Order(Integer.MAX_VALUE)
class DatabaseOutageIT {

    private static final String BASE = "http://127.0.0.1:" + System.getProperty("tdkt.test.http.port", "8180")
            + "/tdkt";
    private static final String TASKS = "/api/v1/tasks";
    /** Demo accounts that no other request of this test signs in with before the outage. */
    private static final String SCRIPT = "secretary2";
    private static final String PERSON = "appraiser2";

    @Test
    void whileTheDatabaseIsDownUsersAreAskedToTryAgainAndAfterwardsEverythingWorksAsBefore() throws Exception {
        HttpClient leader = SignedInClient.as(BASE, "leader");
        HttpResponse<String> before = get(leader, "/app/proposals.xhtml");
        assertThat(before.statusCode()).isEqualTo(200);
        // Sign-ins of the outage come from an address of their own, whose failures this test can count.
        LoopbackHttp client = LoopbackHttp.fromNewAddress();
        String token = tokenOf("leader");
        assertThat(client.apiWithToken(TASKS, token).status()).isEqualTo(200);
        Answer loginPage = client.get("/login.xhtml");

        TestDatabase.stopKeepingData();
        HttpResponse<String> during;
        Answer basic;
        Answer basicInEnglish;
        Answer bearer;
        Answer form;
        try {
            during = get(leader, "/app/proposals.xhtml");
            basic = client.api(TASKS, SCRIPT, "demo");
            basicInEnglish = client.get(TASKS, "Authorization", LoopbackHttp.basic(SCRIPT, "demo"), "Accept-Language",
                    "en");
            bearer = client.get(TASKS, "Authorization", "Bearer " + token, "Accept-Language", "vi");
            form = client.postForm("/login.xhtml", loginPage, loginPage.cookies(), "login-form",
                    "login-form:username", PERSON, "login-form:password", "demo", "login-form:login", "");
        } finally {
            TestDatabase.startAgain();
        }

        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(during.headers().firstValue("Retry-After")).contains("30");
        assertThat(during.body()).contains("Vui lòng thử lại sau ít phút").doesNotContain("Exception", "at org.");
        assertTryAgainProblem(basic, "Vui lòng thử lại sau ít phút");
        assertTryAgainProblem(basicInEnglish, "Please try again in a few minutes");
        assertTryAgainProblem(bearer, "Vui lòng thử lại sau ít phút");
        assertThat(form.status()).as(form.toString()).isEqualTo(503);
        assertThat(form.header("Retry-After")).contains("30");
        assertThat(form.body()).contains("Vui lòng thử lại sau ít phút")
                .doesNotContain("Tên đăng nhập hoặc mật khẩu không đúng", "Exception", "at org.");

        // The pool replaces its broken connections; each answer meanwhile is "try again", never an error.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HttpResponse<String> after = get(leader, "/app/proposals.xhtml");
        while (after.statusCode() == 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            after = get(leader, "/app/proposals.xhtml");
        }
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        assertThat(rows(after.body())).as("the leader's dossiers, all still there").isEqualTo(rows(before.body()));

        // Nothing of the outage was charged to the names or the address, and the same credentials sign in.
        assertThat(failuresCharged(SCRIPT, PERSON, client.address())).isEmpty();
        assertThat(client.api(TASKS, SCRIPT, "demo").status()).isEqualTo(200);
        assertThat(client.apiWithToken(TASKS, token).status()).isEqualTo(200);
        Answer signedIn = client.signInOnPage(PERSON, "demo");
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
        System.out.printf("DatabaseOutageIT: while PostgreSQL was down a page, two Basic calls, a Bearer call and a"
                + " form sign-in were answered 503 \"try again\"; after its restart the same session showed all %d"
                + " of the leader's dossiers, no failure was charged and the same credentials signed in.%n",
                rows(after.body()));
    }

    private static void assertTryAgainProblem(Answer answer, String text) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).contains("30");
        assertThat(answer.header("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(answer.body()).contains("urn:tdkt:problem:service-unavailable", text);
        assertThat(answer.all("WWW-Authenticate")).isEmpty();
        assertThat(answer.all("Set-Cookie")).as("no session for a REST call").isEmpty();
    }

    /** A personal API token of the account, written straight into the database as its profile page would. */
    private static String tokenOf(String username) throws SQLException {
        String secret = ApiToken.PREFIX + "outage" + System.nanoTime();
        // A day either side, whatever the zone of the business clock.
        LocalDateTime now = LocalDateTime.now();
        try (Connection connection = TestDatabase.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO api_token (id, owner_id, name,"
                        + " secret_digest, created_at, expires_at) SELECT nextval('api_token_seq'), id, 'Sự cố',"
                        + " ?, ?, ? FROM app_user WHERE username = ?")) {
            insert.setString(1, ApiToken.digest(secret));
            insert.setObject(2, now.minusDays(1));
            insert.setObject(3, now.plusDays(2));
            insert.setString(4, username);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        return secret;
    }

    /** The failed sign-ins counted against any of these names or addresses, as "kind subject failures". */
    private static List<String> failuresCharged(String... subjects) throws SQLException {
        List<String> charged = new ArrayList<>();
        try (Connection connection = TestDatabase.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT kind, subject, failures"
                        + " FROM signin_failure WHERE subject = ANY (?) AND failures > 0")) {
            select.setArray(1, connection.createArrayOf("varchar", subjects));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    charged.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getInt(3));
                }
            }
        }
        return charged;
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
