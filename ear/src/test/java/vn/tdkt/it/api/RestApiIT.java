package vn.tdkt.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

/**
 * The REST API from outside, as a client program uses it: HTTP Basic on every request, the same unit isolation as
 * the pages, problem answers in Vietnamese (English on request), the unit head's decision with its conflicts, and
 * a browser session that cannot stand in for credentials. Runs against the demo accounts (password "demo").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestApiIT {

    private static final String BASE = "http://127.0.0.1:" + System.getProperty("tdkt.test.http.port", "8180")
            + "/tdkt";
    private static final String API = BASE + "/api/v1";
    private static final String REVIEW = "Task_UnitHeadReview";
    /** The demo's proposal awaiting the unit head; no other test decides on it. */
    private static final String DEMO_SUBMITTED_NOMINEE = "Võ Hoàng Phúc";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder as(String username, String path) {
        return HttpRequest.newBuilder(URI.create(API + path)).header("Authorization", basic(username, "demo"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String username, String path) throws Exception {
        return send(as(username, path).GET());
    }

    private HttpResponse<String> decide(String username, String taskId, String json) throws Exception {
        return send(as(username, "/tasks/" + taskId + "/decision").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Test code reads JSON with the parser that Selenium already brings; the client needs no JSON library. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(HttpResponse<String> response) {
        return (Map<String, Object>) new Json().toType(response.body(), Json.MAP_TYPE);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return (List<Map<String, Object>>) object(page).get("items");
    }

    /** Every open task of the user, page after page of the largest size, as a client program walks them. */
    private List<Map<String, Object>> allTasks(String username) throws Exception {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int page = 0;; page++) {
            List<Map<String, Object>> items = items(get(username, "/tasks?size=100&page=" + page));
            tasks.addAll(items);
            if (items.size() < 100) {
                return tasks;
            }
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json").containsIgnoringCase("charset=UTF-8");
        Map<String, Object> problem = object(response);
        assertThat(problem).containsKeys("type", "title", "status", "detail", "instance");
        assertThat(((Number) problem.get("status")).intValue()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anAnonymousCallerIsAskedForBasicCredentialsWithAProblemNeverTheLoginPage() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(API + "/proposals")).GET());
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .startsWith("Basic realm=\"TDKT\"");
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(object(response).get("detail")).asString().contains("HTTP Basic");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefused() throws Exception {
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(API + "/tasks"))
                .header("Authorization", basic("clerk", "not-the-password")).GET());
        assertProblem(wrong, 401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();

        assertProblem(send(HttpRequest.newBuilder(URI.create(API + "/tasks"))
                .header("Authorization", basic("nobody", "demo")).GET()), 401);
        assertProblem(send(HttpRequest.newBuilder(URI.create(API + "/tasks"))
                .header("Authorization", "Basic not*base64").GET()), 401);
    }

    @Test
    void aRefusedCallLeavesNoErrorInTheServerLogOverHttp2AsOverHttp1() throws Exception {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long logged = Files.size(log);
        String marker = "refused-" + UUID.randomUUID();
        // The default client speaks HTTP/2 (upgrading the first request of its connection), as many scripts do.
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        for (String authorization : List.of("", basic("nobody", "demo"), "Bearer tdkt_" + marker)) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + "/" + marker)).GET();
            if (!authorization.isEmpty()) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> refused = http2.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(refused.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertProblem(refused, 401);
        }
        // The container would log its error after the answer has left; give it time to.
        Thread.sleep(1_000);

        String since;
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(Math.min(logged, Files.size(log)));
            since = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(since).doesNotContain(marker).doesNotContain("UT010019");
    }

    @Test
    void aSignedInBrowserSessionAloneDoesNotAuthenticateTheApi() throws Exception {
        // Sign in through the login page as a browser does, keeping its cookies.
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> loginPage = withCookies(cookies, HttpRequest.newBuilder(URI.create(BASE
                + "/login.xhtml")).GET());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(loginPage.body());
        assertThat(viewState.find()).as(loginPage.body()).isTrue();
        String form = "login-form=login-form&login-form%3Ausername=clerk&login-form%3Apassword=demo"
                + "&login-form%3Alogin=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = withCookies(cookies, HttpRequest.newBuilder(URI.create(BASE
                + "/login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        // Signed in: the inbox opens with the session alone, no redirect to the login page.
        HttpResponse<String> inbox = withCookies(cookies, HttpRequest.newBuilder(URI.create(BASE
                + "/app/inbox.xhtml")).GET());
        assertThat(inbox.statusCode()).as("the session is signed in: " + inbox.headers().map()).isEqualTo(200);
        assertThat(inbox.body()).contains("Trần Thị Thu Hà");
        assertThat(cookies).containsKey("JSESSIONID");

        // The same session cookie, without credentials, gets nothing from the API.
        HttpResponse<String> api = withCookies(cookies, HttpRequest.newBuilder(URI.create(API + "/proposals"))
                .GET());
        assertProblem(api, 401);
        assertThat(api.body()).doesNotContain("VKSND-");

        // Nor does a made-up one.
        assertProblem(send(HttpRequest.newBuilder(URI.create(API + "/proposals"))
                .header("Cookie", "JSESSIONID=made-up-session-id").GET()), 401);
    }

    /** Sends with the cookies a browser would hold for the application, and keeps the ones the answer sets. */
    private HttpResponse<String> withCookies(Map<String, String> cookies, HttpRequest.Builder request)
            throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = send(request);
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return response;
    }

    @Test
    void aClerkListsTheProposalsOfTheirOwnUnitOnlyNewestFirstInUtf8() throws Exception {
        HttpResponse<String> response = get("clerk", "/proposals?page=0&size=100");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/json").containsIgnoringCase("charset=UTF-8");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session").isEmpty();
        Map<String, Object> page = object(response);
        assertThat(page).containsEntry("page", 0L).containsEntry("size", 100L);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).isNotEmpty();
        assertThat(items).allSatisfy(p -> assertThat((String) p.get("number")).startsWith("VKSND-"));
        assertThat(items).extracting(p -> p.get("leadNominee")).contains(DEMO_SUBMITTED_NOMINEE);
        assertThat(response.body()).contains("Viện Kiểm sát nhân dân tỉnh").doesNotContain("CONG_AN");
        assertThat(items.get(0)).containsKeys("id", "status", "achievementYear", "unit", "nominees", "titles",
                "createdAt");

        HttpResponse<String> otherUnit = get("clerk2", "/proposals");
        assertThat(otherUnit.statusCode()).isEqualTo(200);
        assertThat(otherUnit.body()).doesNotContain("VKSND-");
    }

    @Test
    void pagingParametersOutOfBoundsAreRefusedNamingTheParameter() throws Exception {
        for (String list : List.of("/proposals", "/tasks")) {
            for (String query : List.of("size=101", "size=0", "size=-5", "size=1e3", "page=-1", "page=abc",
                    "page=99999999999", "page=2147483647&size=100")) {
                HttpResponse<String> refused = get("leader", list + "?" + query);
                assertProblem(refused, 400);
                assertThat(object(refused)).as(list + "?" + query)
                        .containsEntry("field", query.startsWith("size") ? "size" : "page")
                        .containsEntry("type", "urn:tdkt:problem:invalid-input");
                assertThat(object(refused).get("detail")).asString().contains("100");
            }
        }
        HttpResponse<String> english = send(as("leader", "/tasks?size=500").header("Accept-Language", "en"));
        assertProblem(english, 400);
        assertThat(object(english).get("detail")).asString().contains("100").doesNotContain("Tham số");
    }

    @Test
    void theTaskListIsAlwaysOnePageWithItsPagingFacts() throws Exception {
        HttpResponse<String> first = get("leader", "/tasks");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        Map<String, Object> page = object(first);
        assertThat(page).containsEntry("page", 0L).containsEntry("size", 20L).containsKeys("total", "items");
        long total = (Long) page.get("total");
        assertThat(items(first)).hasSize((int) Math.min(20, total));

        List<Map<String, Object>> everyTask = allTasks("leader");
        assertThat(everyTask).hasSize((int) total);
        HttpResponse<String> one = get("leader", "/tasks?size=1&page=0");
        assertThat(object(one)).containsEntry("size", 1L).containsEntry("total", total);
        assertThat(items(one)).extracting(t -> t.get("taskId"))
                .containsExactlyElementsOf(everyTask.stream().limit(1).map(t -> t.get("taskId")).toList());
        assertThat(items(get("leader", "/tasks?size=100&page=" + (total / 100 + 1)))).as("past the end").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDossierIsReadByItsUnitAndIsNotFoundForAnyoneElse() throws Exception {
        Map<String, Object> first = firstProposalOf("clerk");
        String id = String.valueOf(((Number) first.get("id")).longValue());

        HttpResponse<String> dossier = get("clerk", "/proposals/" + id);
        assertThat(dossier.statusCode()).as(dossier.body()).isEqualTo(200);
        assertThat(object(dossier)).containsKeys("number", "nominees", "attachments", "history", "unit");
        // A decision names the nominees it commends by these ids.
        assertThat((List<Map<String, Object>>) object(dossier).get("nominees")).isNotEmpty()
                .allSatisfy(n -> assertThat(n.get("id")).isInstanceOf(Number.class));
        assertThat(dossier.body()).doesNotContain("content\"");

        HttpResponse<String> foreign = get("clerk2", "/proposals/" + id);
        assertProblem(foreign, 404);
        assertThat(object(foreign).get("detail")).asString().contains("Không tìm thấy hồ sơ");
        assertThat(foreign.body()).doesNotContain((String) first.get("number"));

        HttpResponse<String> missing = get("clerk2", "/proposals/999999999");
        assertThat(object(missing).get("detail")).isEqualTo(object(foreign).get("detail"));

        assertProblem(get("clerk", "/proposals/abc"), 404);

        HttpResponse<String> english = send(as("clerk2", "/proposals/" + id).header("Accept-Language", "en").GET());
        assertProblem(english, 404);
        assertThat(object(english).get("detail")).asString().contains("Proposal not found");
    }

    @Test
    void theUnitHeadDecidesOnAReviewTaskOnceAndTheSecondDecisionConflicts() throws Exception {
        List<Map<String, Object>> tasks = allTasks("leader");
        Map<String, Object> task = reviewTask(tasks)
                .orElseThrow(() -> new AssertionError("leader has no review task: " + tasks));
        String taskId = (String) task.get("taskId");
        assertThat(task).containsKeys("proposalId", "proposalNumber", "nomineeName", "titleNames", "unitName",
                "receivedAt");

        // Input errors change nothing: the task stays open.
        HttpResponse<String> noReason = decide("leader", taskId, "{\"decision\":\"RETURN\",\"comment\":\"  \"}");
        assertProblem(noReason, 400);
        assertThat(object(noReason)).containsEntry("field", "comment");
        assertThat(object(noReason).get("detail")).asString().contains("lý do");

        HttpResponse<String> unknown = decide("leader", taskId, "{\"decision\":\"MAYBE\"}");
        assertProblem(unknown, 400);
        assertThat(object(unknown)).containsEntry("field", "decision");

        assertProblem(decide("leader", taskId, "{\"decision\": \"APPROVE\""), 400);
        assertProblem(send(as("leader", "/tasks/" + taskId + "/decision").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("APPROVE"))), 415);

        // Another unit's head cannot take it; it is not theirs.
        HttpResponse<String> stolen = decide("leader2", taskId, "{\"decision\":\"APPROVE\"}");
        assertProblem(stolen, 409);

        HttpResponse<String> approved = decide("leader", taskId, "{\"decision\":\"APPROVE\",\"comment\":\"Đồng ý.\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);

        HttpResponse<String> again = decide("leader", taskId, "{\"decision\":\"APPROVE\"}");
        assertProblem(again, 409);
        assertThat(object(again).get("detail")).asString().contains("đã được xử lý");
        HttpResponse<String> againInEnglish = send(as("leader", "/tasks/" + taskId + "/decision")
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"APPROVE\"}")));
        assertThat(object(againInEnglish).get("detail")).asString().contains("already been handled");

        // The dossier shows the decision with its Vietnamese comment intact.
        String proposalId = String.valueOf(((Number) task.get("proposalId")).longValue());
        HttpResponse<String> dossier = get("leader", "/proposals/" + proposalId);
        assertThat(object(dossier)).containsEntry("status", "APPROVED_AT_UNIT");
        assertThat(dossier.body()).contains("Đồng ý.").contains("Nguyễn Văn Minh");
    }

    @Test
    void theCouncilsSecretaryRecordsTheBallotWithCountsCheckedAndOnlyTheStepsDecisions() throws Exception {
        // The demo's dossier approved by the VKSND head waits for that unit's council.
        List<Map<String, Object>> tasks = allTasks("secretary");
        String taskId = (String) tasks.stream().filter(t -> "Task_CouncilVote".equals(t.get("taskKey")))
                .findFirst().orElseThrow(() -> new AssertionError("no council vote: " + tasks)).get("taskId");

        HttpResponse<String> notThisStep = decide("secretary", taskId, "{\"decision\":\"APPROVE\"}");
        assertProblem(notThisStep, 400);
        assertThat(object(notThisStep)).containsEntry("field", "decision");
        assertThat(object(notThisStep).get("detail")).asString().contains("RECORD_VOTE");
        HttpResponse<String> badSum = decide("secretary", taskId, "{\"decision\":\"RECORD_VOTE\",\"members\":9,"
                + "\"present\":8,\"agree\":5,\"disagree\":1,\"abstain\":0}");
        assertProblem(badSum, 400);
        assertThat(object(badSum)).containsEntry("field", "agree");
        HttpResponse<String> missing = decide("secretary", taskId, "{\"decision\":\"RECORD_VOTE\",\"members\":9}");
        assertProblem(missing, 400);
        assertThat(object(missing)).containsEntry("field", "present");
        assertProblem(decide("secretary2", taskId, "{\"decision\":\"RECORD_VOTE\",\"members\":9,\"present\":9,"
                + "\"agree\":9,\"disagree\":0,\"abstain\":0}"), 409);

        HttpResponse<String> recorded = decide("secretary", taskId, "{\"decision\":\"RECORD_VOTE\",\"members\":9,"
                + "\"present\":8,\"agree\":8,\"disagree\":0,\"abstain\":0}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(204);
        assertThat(allTasks("secretary")).noneMatch(t -> taskId.equals(t.get("taskId")));
    }

    @Test
    void theBoardsAppraiserSeesEveryUnitsDossiersAtTheBoardAndNotADraft() throws Exception {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> atBoard = (List<Map<String, Object>>) object(get("appraiser", "/proposals?size=100"))
                .get("items");
        // The demo's two Công an dossiers reached the board; nothing before the board is listed.
        assertThat(atBoard).extracting(p -> (String) p.get("number")).anyMatch(n -> n.startsWith("CONG_AN-"));
        assertThat(atBoard).extracting(p -> (String) p.get("status")).doesNotContain("DRAFT", "SUBMITTED",
                "RETURNED", "APPROVED_AT_UNIT", "AWAITING_UNIT_DECISION", "NOT_PROPOSED", "REJECTED_AT_UNIT");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> clerks = (List<Map<String, Object>>) object(get("clerk", "/proposals?size=100"))
                .get("items");
        Map<String, Object> draft = clerks.stream().filter(p -> "DRAFT".equals(p.get("status"))).findFirst()
                .orElseThrow();
        assertProblem(get("appraiser", "/proposals/" + ((Number) draft.get("id")).longValue()), 404);
    }

    @Test
    void unknownPathsAndMethodsAnswerWithProblems() throws Exception {
        assertProblem(get("clerk", "/nothing-here"), 404);
        assertProblem(send(as("clerk", "/tasks").POST(HttpRequest.BodyPublishers.noBody())), 405);
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndTheProblemSchema() throws Exception {
        HttpResponse<String> document = get("clerk", "/openapi.yaml");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).startsWith("openapi: 3.0").contains("/proposals/{id}", "/tasks/{taskId}/decision",
                "application/problem+json", "Problem:");
    }

    private Map<String, Object> firstProposalOf(String username) throws Exception {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) object(get(username, "/proposals"))
                .get("items");
        assertThat(items).isNotEmpty();
        return items.get(0);
    }

    /** The demo's review task if still open, else any open review task of the leader's unit. */
    private static Optional<Map<String, Object>> reviewTask(List<Map<String, Object>> tasks) {
        List<Map<String, Object>> reviews = tasks.stream().filter(t -> REVIEW.equals(t.get("taskKey"))).toList();
        return reviews.stream().filter(t -> DEMO_SUBMITTED_NOMINEE.equals(t.get("nomineeName"))).findFirst()
                .or(() -> reviews.stream().findFirst());
    }
}
