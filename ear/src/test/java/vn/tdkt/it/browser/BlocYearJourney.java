package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.tdkt.it.browser.pages.InboxPage;
import vn.tdkt.it.browser.widgets.SelectOneMenu;

/**
 * The bloc's year-end review of 2025 in headless Chromium: the new head (TAND) opens it, every member fills its
 * score sheet (itself and the others), consolidation first refuses while one member has not scored and names it,
 * the head consolidates, the ranking shows, the acclamation ballot is recorded, and the Cờ thi đua proposal for the
 * leading unit is waiting at the board's reception. On the way the head attaches evidence of its self-score, which
 * the other members see while cross-scoring and an outsider cannot fetch, and the report downloads as Word.
 */
abstract class BlocYearJourney extends BrowserTest {

    private static final String EVIDENCE = "Minh chứng tiêu chí 1.pdf";

    /** Member code to its demo clerk. */
    private static final Map<String, String> CLERKS = new LinkedHashMap<>();
    /** The scores every member gives each unit for the four criteria of "Quyết thắng" 2025. */
    private static final Map<String, int[]> PROFILE = new LinkedHashMap<>();

    static {
        CLERKS.put("TAND", "clerk.tand");
        CLERKS.put("VKSND", "clerk");
        CLERKS.put("CONG_AN", "clerk2");
        CLERKS.put("BO_CHQS", "clerk.bochqs");
        CLERKS.put("CUC_THADS", "clerk.thads");
        CLERKS.put("BDBP", "clerk.bdbp");
        PROFILE.put("CONG_AN", new int[] {50, 20, 19, 9});
        PROFILE.put("BO_CHQS", new int[] {48, 19, 19, 8});
        PROFILE.put("TAND", new int[] {47, 19, 18, 7});
        PROFILE.put("VKSND", new int[] {46, 18, 18, 6});
        PROFILE.put("CUC_THADS", new int[] {45, 18, 17, 5});
        PROFILE.put("BDBP", new int[] {45, 17, 17, 5});
    }

    @Test
    void theHeadOpensTheYearEndReviewMembersScoreAndTheFlagProposalReachesTheBoard() throws Exception {
        login.signInAs("clerk.tand");
        browser.open("/app/bloc.xhtml");
        WebElement year = browser.find(By.id("open-form:year"));
        year.clear();
        year.sendKeys("2025");
        SelectOneMenu.in(browser, "open-form:movement").choose("Phong trào thi đua \"Quyết thắng\" năm 2025");
        browser.clickAndWaitForReload(By.id("open-form:open-review"));
        assertThat(browser.pageText()).contains("Đã mở đợt chấm điểm năm 2025", "Đang chấm điểm");
        String review = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

        // The head gives evidence of its self-score on the first criterion; the peers see it while cross-scoring.
        browser.find(By.cssSelector("span.evidence-upload-1 input[type=file]"))
                .sendKeys(pdf(EVIDENCE).toAbsolutePath().toString());
        browser.waitUntil(d -> d.findElements(By.cssSelector(".own-evidence-1 a.evidence-link")).stream()
                .anyMatch(link -> link.getText().equals(EVIDENCE)));
        assertThat(browser.pageText()).contains("Đã thêm minh chứng " + EVIDENCE);
        String evidenceUrl = browser.find(By.cssSelector(".own-evidence-1 a.evidence-link")).getAttribute("href");

        List<String> members = List.copyOf(CLERKS.keySet());
        for (String unit : members.subList(0, members.size() - 1)) {
            scoreAs(CLERKS.get(unit), review);
        }
        login.signInAs("clerk.tand");
        browser.open("/app/bloc-review.xhtml?id=" + review);
        browser.clickAndWaitForReload(By.id("consolidate-form:consolidate"));
        assertThat(browser.pageText()).contains("Chưa thể tổng hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh chưa tự chấm");
        scoreAs("clerk.bdbp", review);

        login.signInAs("clerk.tand");
        browser.open("/app/bloc-review.xhtml?id=" + review);
        browser.clickAndWaitForReload(By.id("consolidate-form:consolidate"));
        List<String> ranking = browser.driver().findElements(By.cssSelector("tr.ranking-row")).stream()
                .map(WebElement::getText).toList();
        assertThat(ranking).hasSize(6);
        assertThat(ranking.get(0)).startsWith("1 Công an tỉnh")
                .as("self, peer average and final with a decimal comma, as in the conference report")
                .matches("1 Công an tỉnh \\d{1,3},\\d{2} \\d{1,3},\\d{2} \\d{1,3},\\d{2}");
        assertThat(ranking.get(1)).startsWith("2 Bộ Chỉ huy Quân sự tỉnh");
        // The report for the conference downloads as a Word document.
        assertThat(fetch(browser.find(By.cssSelector("a.summary-link")).getAttribute("href")))
                .isEqualTo("200 application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        // The chart of scores by criterion is drawn (Chart.js, served by the application).
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#criteria-chart canvas")).isEmpty());
        browser.screenshot("bloc-ranking");

        WebElement present = browser.find(By.id("ballot-form:present_input"));
        present.sendKeys("6");
        browser.find(By.id("ballot-form:votes-for_input")).sendKeys("5");
        browser.clickAndWaitForReload(By.id("ballot-form:record-ballot"));
        assertThat(browser.pageText()).contains("Công an tỉnh được suy tôn dẫn đầu", "Đã lập hồ sơ đề nghị");

        // The evidence is the bloc's and the board's: the head of the board's own unit, outside the bloc, gets 404.
        login.signInAs("boardhead");
        browser.open("/app/bloc-review.xhtml?id=" + review);
        assertThat(fetch(evidenceUrl)).startsWith("404");

        // The board reads the review with every member's evidence listed.
        login.signInAs("appraiser");
        browser.open("/app/bloc-review.xhtml?id=" + review);
        assertThat(browser.driver().findElements(By.cssSelector("tr.evidence-row a.evidence-link")))
                .extracting(WebElement::getText).containsExactly(EVIDENCE);
        assertThat(fetch(evidenceUrl)).isEqualTo("200 application/pdf");
        InboxPage.open(browser);
        List<String> atReception = browser.driver().findElements(By.cssSelector("tr")).stream()
                .map(WebElement::getText).filter(row -> row.contains("Cờ thi đua của Ủy ban nhân dân tỉnh")).toList();
        assertThat(atReception).anySatisfy(row -> assertThat(row).contains("Công an tỉnh",
                "Ban TĐKT tiếp nhận"));
    }

    /** Signs in as a member's clerk and saves its whole score sheet. */
    private void scoreAs(String username, String review) {
        login.signInAs(username);
        browser.open("/app/bloc-review.xhtml?id=" + review);
        for (WebElement cell : browser.driver().findElements(By.cssSelector("input.criterion-score"))) {
            int[] scores = PROFILE.get(cell.getAttribute("data-unit"));
            cell.clear();
            cell.sendKeys(String.valueOf(scores[Integer.parseInt(cell.getAttribute("data-criterion")) - 1]));
        }
        if (!username.equals("clerk.tand")) {
            assertThat(browser.driver().findElements(By.cssSelector(".peer-evidence a.evidence-link")))
                    .as(username).extracting(WebElement::getText).contains(EVIDENCE);
        }
        browser.clickAndWaitForReload(By.id("score-form:save-scores"));
        assertThat(browser.pageText()).as(username).contains("Đã lưu điểm");
    }

    /** Fetches a URL in the signed-in browser: "status content-type". */
    private String fetch(String url) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
                url));
    }
}
