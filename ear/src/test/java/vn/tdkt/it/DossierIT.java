package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.catalog.CommendationType;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.eligibility.Finding;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Gender;
import vn.tdkt.domain.proposal.AttachmentKind;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalAction;
import vn.tdkt.domain.proposal.ProposalEvent;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.register.Initiative;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.demo.DemoDocuments;
import vn.tdkt.workflow.eligibility.DossierReview;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.DossierAttachments;
import vn.tdkt.workflow.proposal.NomineeInput;
import vn.tdkt.workflow.proposal.ProposalInput;

/**
 * The clerk's dossier inside WildFly on PostgreSQL: nominees of every kind, files checked by content, and the
 * rules judging a dossier against the demo award register on save and on submit.
 */
@ExtendWith(ArquillianExtension.class)
class DossierIT {

    private static final long LDTT = 1L;
    private static final long CSTD_TINH = 4L;
    private static final long BK_UBND = 5L;
    private static final long GIAY_KHEN = 6L;
    private static final long TTLD_TIEN_TIEN = 8L;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    DossierAttachments attachments;

    @Inject
    UserDirectory users;

    @Inject
    RuntimeService runtime;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    private Actor clerk() {
        return users.actorFor("clerk").orElseThrow();
    }

    private static NomineeInput nominee(NomineeKind kind, String name, String details, long titleId, String report) {
        return new NomineeInput(kind, name, details, null, null, titleId, report, List.of());
    }

    @Test
    void aDossierWithFourKindsOfNomineeRoundTripsWithVietnameseTextIntact() throws Exception {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ngọc Hân", Normalizer.Form.NFD);
        List<NomineeInput> four = List.of(
                new NomineeInput(NomineeKind.INDIVIDUAL, decomposed, "Kiểm sát viên, Phòng 7", Gender.FEMALE,
                        LocalDate.of(1990, 5, 5), LDTT, "Hoàn thành tốt nhiệm vụ; «văn hóa công sở».", List.of()),
                nominee(NomineeKind.COLLECTIVE, "Phòng Kiểm sát thi hành án dân sự", null, TTLD_TIEN_TIEN,
                        "Tập thể đoàn kết, 100% hoàn thành nhiệm vụ."),
                nominee(NomineeKind.HOUSEHOLD, "Hộ ông Lê Văn Đực", "ấp Trường Ân, xã Trường Đông", GIAY_KHEN,
                        "Hiến 300 m² đất làm đường nông thôn mới."),
                nominee(NomineeKind.INITIATIVE, "Sáng kiến “Số hóa hồ sơ kiểm sát” – nhóm tác giả Phòng 1", null,
                        GIAY_KHEN, "Áp dụng toàn ngành từ quý III/2025; tiết kiệm 30% thời gian tra cứu."));
        long id = clerkProposals.createDraft(clerk(),
                new ProposalInput(2025, CommendationType.THEMATIC, null, four));

        Proposal stored = clerkProposals.read(clerk(), id);
        assertThat(stored.getCommendationType()).isEqualTo(CommendationType.THEMATIC);
        assertThat(stored.getNominees()).extracting(ProposalNominee::getKind).containsExactly(
                NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE, NomineeKind.HOUSEHOLD, NomineeKind.INITIATIVE);
        assertThat(stored.getNominees()).extracting(ProposalNominee::getName).containsExactly("Nguyễn Thị Ngọc Hân",
                "Phòng Kiểm sát thi hành án dân sự", "Hộ ông Lê Văn Đực",
                "Sáng kiến “Số hóa hồ sơ kiểm sát” – nhóm tác giả Phòng 1");
        ProposalNominee individual = stored.getNominees().get(0);
        assertThat(individual.getGender()).isEqualTo(Gender.FEMALE);
        assertThat(individual.getBirthDate()).isEqualTo(LocalDate.of(1990, 5, 5));
        assertThat(stored.getNominees().get(2).getDetails()).isEqualTo("ấp Trường Ân, xã Trường Đông");
        assertThat(stored.getNominees().get(2).getAchievementReport())
                .isEqualTo("Hiến 300 m² đất làm đường nông thôn mới.");

        // The bytes in the database are the composed (NFC) UTF-8 spelling, whatever the keyboard sent.
        List<String> names = strings("select full_name from proposal_nominee where proposal_id = ? order by position",
                id);
        assertThat(names.get(0)).isEqualTo("Nguyễn Thị Ngọc Hân");
        assertThat(Normalizer.isNormalized(names.get(0), Normalizer.Form.NFC)).isTrue();
        assertThat(names.get(0).getBytes(StandardCharsets.UTF_8))
                .hasSize("Nguyễn Thị Ngọc Hân".getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aTitleNotMeantForTheKindOfNomineeIsRefusedNamingTheLine() {
        ProposalInput flagForAPerson = new ProposalInput(2025, CommendationType.MERIT, null, List.of(
                NomineeInput.individual("Lâm Quốc Bảo", "Kiểm sát viên", LDTT, "Hoàn thành tốt nhiệm vụ."),
                NomineeInput.individual("Trương Minh Triết", "Kiểm sát viên", TTLD_TIEN_TIEN, "Xuất sắc.")));
        assertThatThrownBy(() -> clerkProposals.createDraft(clerk(), flagForAPerson))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("proposal.error.nomineeLine");
                    assertThat(e.arguments()).containsExactly("2");
                    assertThat(((DomainException) e.getCause()).messageKey())
                            .isEqualTo("proposal.error.titleNotForKind");
                });
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsNameClaimsIsRefusedAndNothingIsStored() throws Exception {
        long id = clerkProposals.createDraft(clerk(), ProposalInput.single(2025,
                NomineeInput.individual("Châu Ngọc Hân", "Kế toán", LDTT, "Hoàn thành tốt nhiệm vụ.")));
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] pdf = DemoDocuments.pdf("Bao cao thanh tich");

        assertThatThrownBy(() -> attachments.add(clerk(), id, AttachmentKind.SUBMISSION_LETTER, "tờ trình.pdf", html))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.error.unsupported"));
        assertThatThrownBy(() -> attachments.add(clerk(), id, AttachmentKind.ACHIEVEMENT_REPORT, "báo cáo.docx", pdf))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("attachment.error.contentMismatch");
                    assertThat(e.arguments()).contains("báo cáo.docx", "DOCX", "PDF");
                });
        assertThat(strings("select file_name from attachment where proposal_id = ?", id)).isEmpty();
        assertThat(clerkProposals.read(clerk(), id).getHistory()).extracting(ProposalEvent::getAction)
                .containsExactly(ProposalAction.CREATED);

        long stored = attachments.add(clerk(), id, AttachmentKind.ACHIEVEMENT_REPORT, "báo cáo.pdf", pdf);
        DossierAttachments.StoredFile file = attachments.download(clerk(), stored);
        assertThat(file.fileName()).isEqualTo("báo cáo.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.content()).isEqualTo(pdf);
        assertThat(strings("select sha256 from attachment where id = ?", stored)).singleElement()
                .satisfies(sum -> assertThat(sum).hasSize(64));
        // The same bytes twice are one file, and another unit cannot read it.
        assertThatThrownBy(() -> attachments.add(clerk(), id, AttachmentKind.OTHER, "bản sao.pdf", pdf))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.error.duplicate"));
        assertThatThrownBy(() -> attachments.download(users.actorFor("clerk2").orElseThrow(), stored))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.error.notFound"));
    }

    @Test
    void theRulesReadTheRegisterAndAnErrorBlocksSubmissionUntilTheDossierIsFixed() throws Exception {
        // Đặng Thị Ngọc Ánh has CSTĐCS for 2024 and 2025 in the demo register: two years, not three.
        long id = clerkProposals.createDraft(clerk(), ProposalInput.single(2026, NomineeInput.individual(
                "Đặng Thị Ngọc Ánh", "Kiểm sát viên trung cấp", CSTD_TINH, "Hoàn thành xuất sắc nhiệm vụ.")));
        DossierReview review = clerkProposals.review(clerk(), id);
        assertThat(review.getErrors()).anySatisfy(finding -> {
            assertThat(finding.rule()).isEqualTo("cstd_tinh.consecutive_cstdcs");
            assertThat(finding.arguments()).containsExactly("Đặng Thị Ngọc Ánh", 2, "2024, 2025", 3);
        });
        assertThatThrownBy(() -> clerkProposals.submit(clerk(), id, true))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.error.rulesBlock"));
        Proposal refused = clerkProposals.read(clerk(), id);
        assertThat(refused.getStatus()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(refused.getNumber()).count())
                .isZero();

        // Fixed: she is proposed for Lao động tiên tiến instead, with the files that title needs.
        clerkProposals.update(clerk(), id, ProposalInput.single(2026, NomineeInput.individual(
                "Đặng Thị Ngọc Ánh", "Kiểm sát viên trung cấp", LDTT, "Hoàn thành xuất sắc nhiệm vụ.")));
        assertThat(clerkProposals.review(clerk(), id).getErrors()).extracting(Finding::rule)
                .containsOnly("required_attachments");
        attachRequired(id);
        assertThat(clerkProposals.review(clerk(), id).getFindings()).isEmpty();
        clerkProposals.submit(clerk(), id, false);
        assertThat(clerkProposals.read(clerk(), id).getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void warningsPassOnlyWhenAcknowledgedAndAreKeptWithTheDossier() throws Exception {
        List<Long> initiatives = clerkProposals.initiativesOfMyUnit(clerk()).stream()
                .filter(i -> i.getName().startsWith("Số hóa") || i.getName().startsWith("Quy trình"))
                .map(Initiative::getId).toList();
        assertThat(initiatives).hasSize(2);
        // Võ Hoàng Phúc has no CSTĐCS year: the law's other route (two years excellent) is not in the register.
        long id = clerkProposals.createDraft(clerk(), ProposalInput.single(2026, new NomineeInput(
                NomineeKind.INDIVIDUAL, "Võ Hoàng Phúc", "Chuyên viên Văn phòng", null, null, BK_UBND,
                "Hai năm liên tục hoàn thành xuất sắc nhiệm vụ (2024, 2025).", initiatives)));
        attachRequired(id);
        DossierReview review = clerkProposals.review(clerk(), id);
        assertThat(review.getErrors()).isEmpty();
        assertThat(review.getWarnings()).extracting(Finding::rule).containsExactly("bk_ubnd.consecutive_cstdcs");

        assertThatThrownBy(() -> clerkProposals.submit(clerk(), id, false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.error.acknowledgeWarnings"));
        clerkProposals.submit(clerk(), id, true);

        Proposal submitted = clerkProposals.read(clerk(), id);
        assertThat(submitted.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(submitted.getAcknowledgedWarnings()).singleElement().satisfies(warning -> {
            assertThat(warning.getRule()).isEqualTo("bk_ubnd.consecutive_cstdcs");
            assertThat(warning.getAcknowledgedBy()).isEqualTo("clerk");
            assertThat(warning.getArguments()).startsWith("Võ Hoàng Phúc");
        });
    }

    @Test
    void aCollectiveIsNotJudgedByTheConditionsOnAPersonsOwnRecord() {
        long id = clerkProposals.createDraft(clerk(), ProposalInput.single(2026, nominee(NomineeKind.COLLECTIVE,
                "Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự", null, BK_UBND,
                "Dẫn đầu phong trào thi đua của ngành năm 2026.")));
        attachRequired(id);
        assertThat(clerkProposals.review(clerk(), id).getFindings()).isEmpty();
    }

    /** Attaches one small PDF for each kind of file the dossier's titles require. */
    private void attachRequired(long id) {
        for (DossierReview.RequiredFile required : clerkProposals.review(clerk(), id).getChecklist()) {
            if (!required.isPresent()) {
                attachments.add(clerk(), id, AttachmentKind.valueOf(required.getKind()),
                        required.getKind().toLowerCase() + ".pdf", DemoDocuments.pdf(required.getKind() + " " + id));
            }
        }
    }

    private List<String> strings(String sql, long id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
