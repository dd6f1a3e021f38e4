package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.tdkt.it.browser.pages.DecisionNewPage;
import vn.tdkt.it.browser.pages.DecisionPage;
import vn.tdkt.it.browser.pages.InboxPage;
import vn.tdkt.it.browser.pages.ProposalFormPage;
import vn.tdkt.it.browser.pages.ProposalPage;
import vn.tdkt.workflow.signature.EmulatedLocalSigningService;
import vn.tdkt.workflow.signature.TestCertificateAuthority;
import vn.tdkt.workflow.signature.TestTimeStampAuthority;

/**
 * The approver decides the dossiers of two units together, leaving one collective out for a reason; the decision
 * gets its number from the province's book, prints the certificates with their QR codes, and a signed-out browser
 * opens a certificate's code and sees the award, while a made-up code finds nothing; the approver signs with a USB
 * token through the local signing service (played by a test signer) and downloads the signed decision; after a
 * revocation the verification page says the award was revoked.
 */
abstract class DecisionJourney extends BrowserTest {

    @Test
    void theApproverDecidesTwoUnitsDossiersTogetherAndAnyoneChecksACertificate() throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 100000);
        String vksndCollective = "Phòng Kiểm sát hình sự " + run;
        String policeCollective = "Phòng Cảnh sát giao thông " + run;
        String leftOut = "Đội Cảnh sát cơ động " + run;
        String first = atDecision("clerk", "leader", "secretary", vksndCollective);
        String second = atDecision("clerk2", "leader2", "secretary2", policeCollective, leftOut);

        login.signInAs("approver");
        DecisionPage decision = DecisionNewPage.open(browser).choose(first).choose(second).compose()
                .leaveOut(leftOut, "Chưa đủ tiêu chuẩn tập thể lao động xuất sắc.").issue();
        // Read while the decision's page is shown: the journey goes on to other pages.
        String decisionId = decision.id();
        String decisionNumber = decision.number();
        assertThat(decisionNumber).matches("\\d{2,}/QĐ-UBND");
        assertThat(decision.annexNames()).containsExactly(vksndCollective, policeCollective);
        assertThat(decision.total()).isEqualTo("7.020.000");
        assertThat(browser.pageText()).contains(leftOut, "Chưa đủ tiêu chuẩn tập thể lao động xuất sắc.");
        assertThat(InboxPage.open(browser).hasTaskFor(first)).isFalse();

        browser.open("/app/decision.xhtml?id=" + decisionId);
        String certificates = browser.find(By.cssSelector("a.certificates-link")).getAttribute("href");
        String verifyUrl;
        try (PDDocument pdf = Loader.loadPDF(download(certificates))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(vksndCollective, policeCollective, "TẬP THỂ LAO ĐỘNG XUẤT SẮC",
                    "Quyết định số " + decisionNumber).doesNotContain(leftOut);
            verifyUrl = qrCode(new PDFRenderer(pdf).renderImageWithDPI(0, 200, ImageType.GRAY));
        }
        assertThat(verifyUrl).contains("/verify.xhtml?code=");

        browser.forgetSession();
        browser.driver().get(verifyUrl);
        assertThat(browser.find(By.id("verify-status")).getText()).contains("hợp lệ");
        assertThat(browser.find(By.id("verify-recipient")).getText()).isEqualTo(vksndCollective);
        assertThat(browser.find(By.id("verify-decision")).getText()).isEqualTo(decisionNumber);

        browser.driver().get(verifyUrl.replaceAll("code=.*", "code=ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        assertThat(browser.find(By.id("verify-not-found")).getText()).contains("Không tìm thấy");

        // The approver signs with a USB token: the page gives the two one-time addresses to the signing service on
        // the PC, played here by a software signer of a test CA; the signed decision then downloads, signed.
        login.signInAs("approver");
        browser.open("/app/decision.xhtml?id=" + decisionId);
        List<String> addresses = new DecisionPage(browser).startTokenSigning();
        HttpClient service = HttpClient.newHttpClient();
        byte[] toSign = service.send(HttpRequest.newBuilder(URI.create(addresses.get(0))).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        TestCertificateAuthority authority = TestCertificateAuthority.create("Test Root CA");
        byte[] signed = new EmulatedLocalSigningService(authority.issueSigner("Trần Văn Duyệt", "UBND tỉnh Tây Ninh"),
                new TestTimeStampAuthority(authority)).signAndReturn(toSign);
        assertThat(service.send(HttpRequest.newBuilder(URI.create(addresses.get(1)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        browser.open("/app/decision.xhtml?id=" + decisionId);
        assertThat(new DecisionPage(browser).signatures()).singleElement().asString()
                .contains("còn nguyên vẹn", "Trần Văn Duyệt");
        assertThat(download(browser.find(By.id("decision-pdf")).getAttribute("href"))).isEqualTo(signed);

        // A revocation: the verification page says so.
        new DecisionPage(browser).revoke(vksndCollective, "Phát hiện kê khai thành tích không trung thực.");
        assertThat(browser.pageText()).contains("Đã thu hồi khen thưởng",
                "Phát hiện kê khai thành tích không trung thực.");
        browser.forgetSession();
        browser.driver().get(verifyUrl);
        assertThat(browser.find(By.id("verify-status")).getText()).contains("thu hồi");
    }

    /** A dossier of collectives of the clerk's unit, walked by the unit and the board to the approver's step. */
    private String atDecision(String clerk, String leader, String secretary, String... collectives)
            throws Exception {
        login.signInAs(clerk);
        ProposalFormPage form = ProposalFormPage.openNew(browser);
        for (String collective : collectives) {
            form.kind("Tập thể").nomineeName(collective).position("12 người").title("Tập thể lao động xuất sắc")
                    .summary("Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025.").addNominee();
        }
        ProposalPage submitted = form.saveDraft().attach("Tờ trình", pdf("Tờ trình.pdf"))
                .attach("Báo cáo thành tích", pdf("Báo cáo thành tích.pdf")).submit();
        String number = submitted.number();
        login.signInAs(leader);
        InboxPage.open(browser).openReview(number).approve("Đồng ý trình Hội đồng.");
        login.signInAs(secretary);
        InboxPage.open(browser).openTask(number).recordVote(9, 9, 9, 0, 0);
        login.signInAs("appraiser");
        InboxPage.open(browser).openTask(number).accept();
        InboxPage.open(browser).openTask(number).proposeForDecision("Đủ điều kiện.");
        return number;
    }

    /** The file behind a link, fetched in the signed-in browser. */
    private byte[] download(String url) {
        String base64 = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                        + " let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s)); });",
                url);
        return Base64.getDecoder().decode(base64);
    }

    private static String qrCode(BufferedImage page) throws Exception {
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(),
                page.getHeight(), pixels))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
