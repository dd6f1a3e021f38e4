package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.catalog.CommendationType;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.decision.Decision;
import vn.tdkt.domain.decision.DecisionLine;
import vn.tdkt.domain.document.SignatureSeen;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.AttachmentKind;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.board.Appraisals;
import vn.tdkt.workflow.board.BoardReception;
import vn.tdkt.workflow.board.CouncilVotes;
import vn.tdkt.workflow.board.Decisions;
import vn.tdkt.workflow.certificate.CertificateLine;
import vn.tdkt.workflow.certificate.Certificates;
import vn.tdkt.workflow.certificate.Certificates.PrintBatch;
import vn.tdkt.workflow.decision.DecisionDraft;
import vn.tdkt.workflow.decision.DecisionFiles;
import vn.tdkt.workflow.decision.DecisionFiles.DecisionPdf;
import vn.tdkt.workflow.decision.DecisionRegister;
import vn.tdkt.workflow.decision.DecisionSigning;
import vn.tdkt.workflow.decision.DecisionSigning.TokenSession;
import vn.tdkt.workflow.demo.DemoDocuments;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.DossierAttachments;
import vn.tdkt.workflow.proposal.DossierPapers;
import vn.tdkt.workflow.proposal.DossierPapers.Format;
import vn.tdkt.workflow.proposal.NomineeInput;
import vn.tdkt.workflow.proposal.ProposalInput;
import vn.tdkt.workflow.proposal.UnitHeadReview;
import vn.tdkt.workflow.signature.EmulatedLocalSigningService;
import vn.tdkt.workflow.signature.TestCertificateAuthority;
import vn.tdkt.workflow.signature.TestTimeStampAuthority;

/**
 * Numbered decisions inside WildFly on PostgreSQL: twenty unit heads' decisions at once take twenty consecutive
 * numbers from the unit's book; a decision that fails gives its number back; one decision of the province covers
 * dossiers of two units with a nominee left out, with the amounts of the rule set in force, and its certificates
 * print for the board and are verified by their codes.
 */
@ExtendWith(ArquillianExtension.class)
class DecisionsIT {

    private static final long LDTT = 1L;
    private static final long TTLD_XUAT_SAC = 9L;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    DossierAttachments attachments;

    @Inject
    UnitHeadReview review;

    @Inject
    CouncilVotes councilVotes;

    @Inject
    BoardReception reception;

    @Inject
    Appraisals appraisals;

    @Inject
    Decisions decisions;

    @Inject
    DecisionRegister register;

    @Inject
    Certificates certificates;

    @Inject
    DecisionFiles files;

    @Inject
    DossierPapers papers;

    @Inject
    DecisionSigning signing;

    @Inject
    UserDirectory users;

    @Inject
    TaskService tasks;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Test
    void twentyDecisionsAtOnceTakeTwentyConsecutiveNumbersWithoutGapOrDuplicate() throws Exception {
        List<String> decisionTasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long id = submitted("", LDTT, (String[]) null);
            review.approve(actor("leader"), task(id, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null);
            councilVotes.record(actor("secretary"), task(id, ProcessKeys.TASK_COUNCIL_VOTE), 9, 9, 9, 0, 0);
            decisionTasks.add(task(id, ProcessKeys.TASK_UNIT_DECISION));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> issued = new ArrayList<>();
        for (String decisionTask : decisionTasks) {
            issued.add(executor.submit(() -> {
                start.await();
                return decisions.decideTogether(actor("leader"), new DecisionDraft(List.of(decisionTask), Map.of(),
                        LocalDate.now(), null, null, null));
            }));
        }
        start.countDown();
        List<Integer> numbers = new ArrayList<>();
        String symbol = null;
        for (Future<Long> decision : issued) {
            String text = register.read(actor("leader"), decision.get()).getNumberText();
            numbers.add(Integer.parseInt(text.substring(0, text.indexOf('/'))));
            symbol = text.substring(text.indexOf('/') + 1);
        }

        numbers.sort(null);
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.get(19) - numbers.get(0)).as("consecutive: %s", numbers).isEqualTo(19);
        assertThat(symbol).as("the unit's own series").isEqualTo("QĐ-VKSND");
        assertThat(single("SELECT b.last_number FROM document_book b JOIN document_series s ON s.id = b.series_id"
                + " WHERE s.symbol = 'QĐ-VKSND' AND b.year = " + LocalDate.now().getYear()))
                .isEqualTo((long) numbers.get(19));
    }

    @Test
    void aDecisionThatFailsGivesItsNumberBack() throws SQLException {
        long id = submitted("", TTLD_XUAT_SAC, "Phòng Tổ chức", "Phòng Thanh tra");
        atDecision(id);
        String decisionTask = task(id, ProcessKeys.TASK_DECISION);
        long nominee = clerkProposals.read(actor("clerk"), id).getNominees().get(0).getId();
        long before = lastProvinceNumber();

        // The number is taken before the annex refuses a nominee left out without a reason: all is rolled back.
        assertThatThrownBy(() -> decisions.decideTogether(actor("approver"), new DecisionDraft(List.of(
                decisionTask), Map.of(nominee, " "), LocalDate.now(), null, null, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("leftOutReason"));
        assertThat(lastProvinceNumber()).isEqualTo(before);

        long decision = decisions.decideTogether(actor("approver"), new DecisionDraft(List.of(decisionTask),
                Map.of(nominee, "Chưa đủ thời gian hoạt động."), LocalDate.now(), null, null, null));
        assertThat(register.read(actor("approver"), decision).getNumber().getSequenceNumber())
                .isEqualTo(before + 1);
    }

    @Test
    void oneDecisionOfTheProvinceCoversDossiersOfTwoUnitsWithANomineeLeftOut() throws Exception {
        long vksnd = submitted("", TTLD_XUAT_SAC, "Phòng Kiểm sát án hình sự", "Phòng Kiểm sát án dân sự");
        long congAn = submitted("2", TTLD_XUAT_SAC, "Phòng Cảnh sát hình sự");
        atDecision(vksnd);
        atDecision(congAn, "2");
        var leftOutNominee = clerkProposals.read(actor("clerk"), vksnd).getNominees().get(1);

        long id = decisions.decideTogether(actor("approver"), new DecisionDraft(List.of(task(vksnd,
                ProcessKeys.TASK_DECISION), task(congAn, ProcessKeys.TASK_DECISION)), Map.of(leftOutNominee.getId(),
                        "Không đủ tỷ lệ lao động tiên tiến."),
                LocalDate.now(), null, "Nguyễn Thanh Tùng", null));

        Decision decision = register.read(actor("approver"), id);
        assertThat(decision.getNumberText()).matches("\\d{2,}/QĐ-UBND");
        assertThat(decision.getSubject()).isEqualTo("Về việc tặng danh hiệu Tập thể lao động xuất sắc");
        assertThat(decision.getSigningAuthority()).isEqualTo("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
        assertThat(decision.proposalIds()).containsExactly(vksnd, congAn);
        // 1.5 × 2,340,000 đ (Decree 152/2025, art. 50; Decree 73/2024) for each collective commended.
        assertThat(decision.annex()).singleElement().satisfies(group -> {
            assertThat(group.kind()).isEqualTo(NomineeKind.COLLECTIVE);
            assertThat(group.lines()).extracting(DecisionLine::getUnitName, DecisionLine::getAmount)
                    .containsExactly(tuple("Viện Kiểm sát nhân dân tỉnh", 3_510_000L), tuple("Công an tỉnh",
                            3_510_000L));
        });
        assertThat(decision.total()).isEqualTo(7_020_000L);
        assertThat(decision.leftOut()).extracting(DecisionLine::getName, DecisionLine::getReason)
                .containsExactly(tuple(leftOutNominee.getName(), "Không đủ tỷ lệ lao động tiên tiến."));

        for (long dossier : List.of(vksnd, congAn)) {
            assertThat(single("SELECT count(*) FROM award WHERE proposal_id = " + dossier + " AND decision_id = "
                    + id)).isEqualTo(1L);
            assertThat(single("SELECT count(*) FROM proposal WHERE status = '" + ProposalStatus.DECIDED
                    + "' AND award_decision_id = " + id + " AND id = " + dossier)).isEqualTo(1L);
            assertThat(tasks.createTaskQuery().processVariableValueEquals(ProcessKeys.VAR_PROPOSAL_ID, dossier)
                    .list()).as("the process moved on").isEmpty();
        }
        // The unit's tờ trình and the council's minutes, written from the dossier in Word and PDF.
        try (PDDocument letter = Loader.loadPDF(papers.proposalLetter(actor("clerk"), vksnd, Format.PDF));
                XWPFDocument minutes = new XWPFDocument(new ByteArrayInputStream(papers.councilMinutes(
                        actor("secretary"), vksnd, Format.DOCX)))) {
            assertThat(new PDFTextStripper().getText(letter).replaceAll("\\s+", " ")).contains(
                    "VIỆN KIỂM SÁT NHÂN DÂN TỈNH", "Về việc đề nghị khen thưởng", leftOutNominee.getName(),
                    "Tập thể lao động xuất sắc");
            String minutesText = new XWPFWordExtractor(minutes).getText().replaceAll("\\s+", " ");
            assertThat(minutesText).contains("Hội đồng Thi đua – Khen thưởng Viện Kiểm sát nhân dân tỉnh",
                    leftOutNominee.getName());
        }
        assertThatThrownBy(() -> papers.councilMinutes(actor("clerk2"), vksnd, Format.PDF))
                .as("another unit's dossier").isInstanceOf(DomainException.class);

        // The decision's document: the administrative format with the annex; the same bytes for every reader.
        DecisionPdf pdf = files.pdf(actor("approver"), id);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            // Table cells wrap long names over lines: compare the words, not the line breaks.
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (PDPage page : document.getPages()) {
                for (COSName font : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(font).isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: " + decision.getNumberText(), "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
                "Căn cứ Nghị định 152/2025/NĐ-CP", decision.annex().get(0).lines().get(0).getName(), "3.510.000",
                "7.020.000").doesNotContain(leftOutNominee.getName());
        assertThat(files.pdf(actor("clerk2"), id).content()).isEqualTo(pdf.content());

        // The notice to the collective left out: its own number of the province's notice series, the reason.
        DecisionPdf notice = files.notice(actor("clerk"), id);
        try (PDDocument document = Loader.loadPDF(notice.content())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
                    "THÔNG BÁO", leftOutNominee.getName(), "Không đủ tỷ lệ lao động tiên tiến.",
                    "Quyết định số " + decision.getNumberText()).containsPattern("Số: \\d{2,}/TB-UBND");
        }
        assertThat(files.notice(actor("approver"), id).content()).as("kept, not numbered again")
                .isEqualTo(notice.content());

        // The board prints the certificates, one per award, each with its own code; a reprint is logged as such.
        PrintBatch batch = certificates.print(actor("approver"), id, TTLD_XUAT_SAC, "https://tdkt.example/v?code=");
        assertThat(batch.lines()).extracting(CertificateLine::recipientName)
                .containsExactly(decision.annex().get(0).lines().get(0).getName(),
                        decision.annex().get(0).lines().get(1).getName());
        assertThat(batch.lines()).extracting(CertificateLine::awardTitle).containsOnly("TẬP THỂ LAO ĐỘNG XUẤT SẮC");
        assertThat(batch.lines().get(0).decisionLine()).startsWith("Quyết định số " + decision.getNumberText()
                + " ngày ");
        String url = batch.lines().get(1).verificationUrl();
        String code = url.substring(url.indexOf("code=") + 5);
        assertThat(certificates.verify(code)).hasValueSatisfying(award -> {
            assertThat(award.recipient()).isEqualTo(decision.annex().get(0).lines().get(1).getName());
            assertThat(award.decisionNumber()).isEqualTo(decision.getNumberText());
            assertThat(award.issuer()).isEqualTo("Chủ tịch UBND tỉnh Tây Ninh");
            assertThat(award.revoked()).isFalse();
        });
        assertThat(certificates.verify("A".repeat(25) + "Q")).as("a made-up code").isEmpty();
        assertThat(certificates.verify(Long.toString(id))).as("an id").isEmpty();
        assertThatThrownBy(() -> certificates.print(actor("clerk"), id, TTLD_XUAT_SAC, "x"))
                .as("a unit prints only what its head decided").isInstanceOf(DomainException.class);
        certificates.print(actor("appraiser"), id, TTLD_XUAT_SAC, "https://tdkt.example/v?code=");
        assertThat(single("SELECT count(*) FROM certificate_print WHERE decision_id = " + id + " AND reprint"))
                .isEqualTo(1L);
        assertThat(single("SELECT count(*) FROM certificate_print WHERE decision_id = " + id)).isEqualTo(2L);

        // Each unit reads the decision; the decisions list finds it by number and by a nominee's name.
        assertThat(register.read(actor("clerk2"), id).getId()).isEqualTo(id);
        assertThat(register.search(actor("approver"), new DecisionRegister.Search(decision.getNumberText(), null,
                null, null))).extracting(Decision::getId).contains(id);
        assertThat(register.search(actor("clerk2"), new DecisionRegister.Search(null, null, null,
                "phòng cảnh sát hình sự"))).extracting(Decision::getId).contains(id);
    }

    @Test
    void theUnitHeadSignsWithATokenThroughTheLocalSigningServiceAndOnlyOurFileComesBack() throws Exception {
        long id = submitted("", LDTT, (String[]) null);
        review.approve(actor("leader"), task(id, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null);
        councilVotes.record(actor("secretary"), task(id, ProcessKeys.TASK_COUNCIL_VOTE), 9, 9, 9, 0, 0);
        long decision = decisions.decide(actor("leader"), task(id, ProcessKeys.TASK_UNIT_DECISION), LocalDate.now(),
                "Nguyễn Văn Minh", Set.of(clerkProposals.read(actor("clerk"), id).getNominees().get(0).getId()), null);
        TestCertificateAuthority authority = TestCertificateAuthority.create("Test Root CA");
        EmulatedLocalSigningService service = new EmulatedLocalSigningService(authority.issueSigner(
                "Nguyễn Văn Minh", "Viện Kiểm sát nhân dân tỉnh"), new TestTimeStampAuthority(authority));
        assertThatThrownBy(() -> signing.startTokenSigning(actor("clerk"), decision))
                .as("the unit's head signs, not its clerk").isInstanceOf(DomainException.class);

        // A service that changes the document before signing is refused, and the document stays unsigned.
        TokenSession forged = signing.startTokenSigning(actor("leader"), decision);
        byte[] fetched = get("/signing/" + forged.secret() + "/file").body();
        byte[] tampered = fetched.clone();
        tampered[tampered.length / 2] ^= 1;
        HttpResponse<String> refused = post("/signing/" + forged.secret() + "/signed",
                service.signAndReturn(tampered));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("NOT_OUR_DOCUMENT");
        assertThat(signing.signatures(actor("leader"), decision)).isEmpty();

        TokenSession session = signing.startTokenSigning(actor("leader"), decision);
        HttpResponse<byte[]> file = get("/signing/" + session.secret() + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(files.pdf(actor("leader"), decision).content());
        assertThat(get("/signing/" + session.secret() + "/file").statusCode()).as("fetched once").isEqualTo(404);
        HttpResponse<String> accepted = post("/signing/" + session.secret() + "/signed",
                service.signAndReturn(file.body()));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("SIGNED", "Nguyễn Văn Minh", "PKCS#7 detached");
        assertThat(post("/signing/" + session.secret() + "/signed", file.body()).statusCode()).as("used")
                .isEqualTo(404);

        assertThat(signing.signatures(actor("clerk"), decision)).singleElement().satisfies(signature -> {
            assertThat(signature.signerName()).hasValue("Nguyễn Văn Minh");
            assertThat(signature.intact()).isTrue();
        });
        assertThat(files.pdf(actor("clerk"), decision).signed()).isTrue();
        assertThat(get("/signing/not-a-secret/file").statusCode()).isEqualTo(404);

        // The signed decision uploaded to a dossier shows its signer, intact; a copy changed after signing, broken.
        byte[] signedPdf = files.pdf(actor("clerk"), decision).content();
        byte[] changed = signedPdf.clone();
        changed[signedPdf.length / 3] ^= 1;
        long draft = clerkProposals.createDraft(actor("clerk"), new ProposalInput(2025, CommendationType.MERIT,
                null, List.of(NomineeInput.individual("Lâm Quốc Ký " + System.nanoTime() % 100000, "Kiểm sát viên",
                        LDTT, "Hoàn thành tốt nhiệm vụ năm 2025."))));
        long intact = attachments.add(actor("clerk"), draft, AttachmentKind.OTHER, "quyết định đã ký.pdf", signedPdf);
        long broken = attachments.add(actor("clerk"), draft, AttachmentKind.OTHER, "bản bị sửa.pdf", changed);
        var uploaded = clerkProposals.read(actor("clerk"), draft).getAttachments();
        assertThat(uploaded).filteredOn(a -> a.getId() == intact).singleElement()
                .satisfies(a -> assertThat(a.getSignatures()).containsExactly(new SignatureSeen("Nguyễn Văn Minh",
                        true)));
        assertThat(uploaded).filteredOn(a -> a.getId() == broken).singleElement()
                .satisfies(a -> assertThat(a.getSignatures()).extracting(SignatureSeen::intact).containsOnly(false));
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> post(String path, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String base() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/tdkt";
    }

    private void atDecision(long id, String... suffix) {
        String s = suffix.length == 0 ? "" : suffix[0];
        review.approve(actor("leader" + s), task(id, ProcessKeys.TASK_UNIT_HEAD_REVIEW), null);
        councilVotes.record(actor("secretary" + s), task(id, ProcessKeys.TASK_COUNCIL_VOTE), 9, 9, 9, 0, 0);
        reception.accept(actor("appraiser"), task(id, ProcessKeys.TASK_RECEPTION));
        appraisals.propose(actor("appraiser"), task(id, ProcessKeys.TASK_APPRAISAL), null);
    }

    /** A submitted dossier of the clerk of a unit ("" VKSND, "2" Công an): collectives named, or one individual. */
    private long submitted(String suffix, long titleId, String... names) {
        List<NomineeInput> nominees = names == null
                ? List.of(NomineeInput.individual("Lâm Quốc Số " + System.nanoTime() % 100000, "Kiểm sát viên",
                        titleId, "Hoàn thành tốt nhiệm vụ năm 2025."))
                : Arrays.stream(names).map(name -> new NomineeInput(NomineeKind.COLLECTIVE,
                        name + " " + System.nanoTime() % 100000, "12 người", null, null, titleId,
                        "Tập thể hoàn thành xuất sắc nhiệm vụ năm 2025.", List.of())).toList();
        Actor clerk = actor("clerk" + suffix);
        long id = clerkProposals.createDraft(clerk, new ProposalInput(2025, CommendationType.MERIT, null, nominees));
        for (AttachmentKind kind : List.of(AttachmentKind.SUBMISSION_LETTER, AttachmentKind.ACHIEVEMENT_REPORT)) {
            attachments.add(clerk, id, kind, kind.name().toLowerCase() + ".pdf", DemoDocuments.pdf(kind + " " + id));
        }
        clerkProposals.submit(clerk, id, true);
        return id;
    }

    private long lastProvinceNumber() throws SQLException {
        Long last = single("SELECT b.last_number FROM document_book b JOIN document_series s ON s.id = b.series_id"
                + " WHERE s.symbol = 'QĐ-UBND' AND b.year = " + LocalDate.now().getYear());
        return last == null ? 0 : last;
    }

    private Long single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private String task(long proposalId, String step) {
        Task task = tasks.createTaskQuery().processVariableValueEquals(ProcessKeys.VAR_PROPOSAL_ID, proposalId)
                .taskDefinitionKey(step).singleResult();
        if (task == null) {
            throw new AssertionError("no open " + step + " for proposal " + proposalId);
        }
        return task.getId();
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }
}
