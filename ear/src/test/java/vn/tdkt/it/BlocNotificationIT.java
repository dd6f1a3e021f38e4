package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.it.support.TestBlocs.scores;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;
import vn.tdkt.domain.blocreview.ReviewKind;
import vn.tdkt.domain.notification.Notification;
import vn.tdkt.domain.notification.NotificationKind;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.it.support.TestBlocs;
import vn.tdkt.workflow.bloc.BlocReviews;
import vn.tdkt.workflow.notification.NotificationLinks;
import vn.tdkt.workflow.notification.Notifications;
import vn.tdkt.workflow.organisation.UserDirectory;

/**
 * A bloc review tells its members what to do, since scoring is no task of theirs: the opening reaches the clerks
 * and leaders of every member unit that year (and nobody outside), the last score sheet tells the head's clerks
 * they can consolidate (once), the ballot step is announced to them; each notification leads to the review. The
 * REST task list shows the head's bloc task as a bloc review's, not as a dossier's.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BlocNotificationIT {

    /** A year no demo data or other test uses: VKSND heads a three-member bloc. */
    private static final int YEAR = 2027;
    private static final String OPENED = "notification.bloc.opened.MID_YEAR";
    private static final String SCORED = "notification.bloc.scored.MID_YEAR";
    private static final String BALLOT = "notification.bloc.acclamation.MID_YEAR";

    @Inject
    BlocReviews reviews;

    @Inject
    TestBlocs blocs;

    @Inject
    Notifications notifications;

    @Inject
    UserDirectory users;

    @Test
    @Order(1)
    void membersHearOfTheReviewAndTheHeadHearsWhenItCanConsolidate() {
        blocs.compose(YEAR, List.of("VKSND", "CONG_AN", "TAND"));
        long id = reviews.open(actor("clerk"), TestBlocs.BLOC, YEAR, ReviewKind.MID_YEAR,
                blocs.movement("QUYET_THANG_2025"));

        for (String member : List.of("clerk", "leader", "clerk2", "leader2", "clerk.tand")) {
            assertThat(about(id, member)).as(member).singleElement().satisfies(n -> {
                assertThat(n.getKind()).isEqualTo(NotificationKind.BLOC_REVIEW);
                assertThat(n.getMessageKey()).isEqualTo(OPENED);
                assertThat(n.getArguments()).containsExactly("Khối thi đua Nội chính tỉnh Tây Ninh", "2027");
                assertThat(n.getProposalId()).isNull();
                assertThat(NotificationLinks.path(n)).isEqualTo("/app/bloc-review.xhtml?id=" + id);
            });
        }
        assertThat(about(id, "clerk.bochqs")).as("Bộ CHQS is no member in " + YEAR).isEmpty();
        assertThat(about(id, "appraiser")).as("the board is not asked to score").isEmpty();

        score(id, "clerk", "VKSND", "CONG_AN", "TAND");
        score(id, "clerk2", "CONG_AN", "VKSND", "TAND");
        assertThat(keysOf(id, "clerk")).as("two members still to score").doesNotContain(SCORED);
        score(id, "clerk.tand", "TAND", "VKSND", "CONG_AN");
        score(id, "clerk.tand", "TAND", "VKSND", "CONG_AN"); // a member corrects its sheet: no second notice
        assertThat(keysOf(id, "clerk")).filteredOn(SCORED::equals).hasSize(1);
        assertThat(keysOf(id, "clerk2")).as("only the head consolidates").doesNotContain(SCORED);

        reviews.consolidate(actor("clerk"), id);
        assertThat(keysOf(id, "clerk")).containsExactlyInAnyOrder(OPENED, SCORED, BALLOT);
        assertThat(keysOf(id, "clerk2")).containsExactly(OPENED);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theRestTaskListNamesTheBlocReviewOfTheHeadsTask() throws Exception {
        String base = "http://127.0.0.1:" + System.getProperty("tdkt.test.http.port", "8180") + "/tdkt/api/v1";
        // Every open task of the clerk: the list comes a page at a time.
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int page = 0;; page++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/tasks?size=100&page=" + page))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("clerk:demo".getBytes(StandardCharsets.UTF_8)))
                    .GET().build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            Map<String, Object> body = new Json().toType(response.body(), Json.MAP_TYPE);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("items");
            tasks.addAll(items);
            if (items.size() < 100) {
                break;
            }
        }
        assertThat(tasks).filteredOn(t -> "Task_BlocAcclamation".equals(t.get("taskKey"))).isNotEmpty()
                .allSatisfy(t -> {
                    assertThat(t.get("proposalId")).isNull();
                    assertThat(t.get("blocReviewId")).isInstanceOf(Number.class);
                    assertThat(t.get("proposalNumber"))
                            .isEqualTo("KHOI-" + ((Number) t.get("blocReviewId")).longValue());
                });
        assertThat(tasks).filteredOn(t -> t.get("blocReviewId") == null)
                .allSatisfy(t -> assertThat(t.get("proposalId")).isInstanceOf(Number.class));
    }

    /** The scorer's sheet: its own column, then each other member. */
    private void score(long id, String clerk, String own, String... others) {
        Actor scorer = actor(clerk);
        reviews.scoreSelf(scorer, id, scores(45, 18, 17, 6));
        for (String other : others) {
            reviews.scorePeer(scorer, id, other, scores(44, 17, 17, 5));
        }
    }

    private List<Notification> about(long reviewId, String username) {
        return notifications.latest(actor(username), 100).stream()
                .filter(n -> Long.valueOf(reviewId).equals(n.getBlocReviewId())).toList();
    }

    /** The message keys of the user's notifications about the review. */
    private List<String> keysOf(long reviewId, String username) {
        return about(reviewId, username).stream().map(Notification::getMessageKey).toList();
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }
}
