package vn.tdkt.domain.blocreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.bloc.BlocRole;
import vn.tdkt.domain.document.AttachmentFile;
import vn.tdkt.domain.movement.Criterion;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.movement.MovementKind;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

/** Evidence of a member's self-score: its own, per criterion, only while the scoring is open; who may read it. */
class EvidenceTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 7, 10, 9, 0);
    private static final long TEN_MB = 10L * 1024 * 1024;

    private final Unit vksnd = TestUnits.unit(1, "VKSND", "Viện Kiểm sát nhân dân tỉnh");
    private final Unit congan = TestUnits.unit(3, "CONG_AN", "Công an tỉnh");
    private final Unit outsider = TestUnits.unit(9, "SO_NOI_VU", "Sở Nội vụ");
    private final Bloc bloc = new Bloc("NOI_CHINH", "Khối thi đua Nội chính tỉnh Tây Ninh");
    private final Movement movement = new Movement("QUYET_THANG_2024", "Phong trào thi đua \"Quyết thắng\" năm 2024",
            MovementKind.REGULAR, vksnd, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, List.of(
                    new Criterion(1, "Thực hiện nhiệm vụ chính trị", BigDecimal.valueOf(60), BigDecimal.ONE, true),
                    new Criterion(2, "Xây dựng Đảng, đoàn thể", BigDecimal.valueOf(40), BigDecimal.ONE, true)));
    private final BlocReview review;

    EvidenceTest() {
        Map<Unit, BlocRole> roles = new LinkedHashMap<>();
        roles.put(vksnd, BlocRole.HEAD);
        roles.put(congan, BlocRole.MEMBER);
        bloc.composeYear(2024, roles);
        review = BlocReview.open(bloc, 2024, ReviewKind.MID_YEAR, movement, clerkOf(vksnd), NOW);
    }

    private static Actor clerkOf(Unit unit) {
        return TestUnits.actor(unit.getId(), "clerk." + unit.getCode().toLowerCase(), "Cán bộ", unit, Role.CLERK);
    }

    private static AttachmentFile pdf(String name, String body) {
        byte[] bytes = ("%PDF-1.7\n% " + body + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        return AttachmentFile.accept(name, bytes, TEN_MB);
    }

    private static DomainException refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aMemberGivesEvidenceOfItsOwnSelfScorePerCriterion() {
        Evidence report = review.attachEvidence(clerkOf(congan), 1, pdf("Báo cáo 6 tháng.pdf", "report"), NOW);

        assertThat(report.getUnit()).isEqualTo(congan);
        assertThat(report.getCriterion()).isEqualTo(1);
        assertThat(report.getFile().getFileName()).isEqualTo("Báo cáo 6 tháng.pdf");
        assertThat(report.getFile().getContentType()).isEqualTo("application/pdf");
        assertThat(report.getFile().getSha256()).hasSize(64);
        assertThat(report.getFile().getUploadedBy()).isEqualTo("clerk.cong_an");
        assertThat(review.evidenceOf(congan, 1)).containsExactly(report);
        assertThat(review.evidenceOf(congan, 2)).isEmpty();
        assertThat(review.evidenceOf(vksnd, 1)).isEmpty();
    }

    @Test
    void theSameFileTwiceForOneCriterionAndTooManyFilesAreRefused() {
        review.attachEvidence(clerkOf(congan), 1, pdf("a.pdf", "same"), NOW);
        assertThat(refusal(() -> review.attachEvidence(clerkOf(congan), 1, pdf("b.pdf", "same"), NOW)).messageKey())
                .isEqualTo("attachment.error.duplicate");
        // The same file may back another criterion.
        review.attachEvidence(clerkOf(congan), 2, pdf("a.pdf", "same"), NOW);
        for (int i = 1; i < BlocReview.MAX_EVIDENCE_PER_CRITERION; i++) {
            review.attachEvidence(clerkOf(congan), 1, pdf(i + ".pdf", "file " + i), NOW);
        }
        DomainException tooMany = refusal(() -> review.attachEvidence(clerkOf(congan), 1, pdf("x.pdf", "x"), NOW));
        assertThat(tooMany.messageKey()).isEqualTo("bloc.error.tooMuchEvidence");
        assertThat(tooMany.field()).isEqualTo(AttachmentFile.FIELD);
    }

    @Test
    void outsidersAndUnknownCriteriaAreRefused() {
        assertThat(refusal(() -> review.attachEvidence(clerkOf(outsider), 1, pdf("a.pdf", "a"), NOW)).messageKey())
                .isEqualTo("bloc.error.notMember");
        assertThat(refusal(() -> review.attachEvidence(clerkOf(congan), 7, pdf("a.pdf", "a"), NOW)).messageKey())
                .isEqualTo("bloc.error.unknownCriterion");
        Actor secretary = TestUnits.actor(5, "secretary", "Thư ký", congan, Role.COUNCIL_SECRETARY);
        assertThatThrownBy(() -> review.attachEvidence(secretary, 1, pdf("a.pdf", "a"), NOW))
                .isInstanceOf(DomainException.class);
        assertThat(review.getEvidence()).isEmpty();
    }

    @Test
    void onlyTheOwnerRemovesItsEvidence() {
        Evidence report = TestUnits.withId(review.attachEvidence(clerkOf(congan), 1, pdf("a.pdf", "a"), NOW), 77L);

        assertThat(refusal(() -> review.removeEvidence(clerkOf(vksnd), 77L)).messageKey())
                .isEqualTo("bloc.error.notOwnEvidence");
        assertThat(refusal(() -> review.removeEvidence(clerkOf(congan), 78L)).messageKey())
                .isEqualTo("attachment.error.notFound");
        assertThat(review.removeEvidence(clerkOf(congan), 77L)).isSameAs(report);
        assertThat(review.getEvidence()).isEmpty();
    }

    @Test
    void evidenceClosesWithTheScoring() {
        Evidence report = TestUnits.withId(review.attachEvidence(clerkOf(congan), 1, pdf("a.pdf", "a"), NOW), 77L);
        for (Unit scorer : review.members()) {
            review.scoreSelf(clerkOf(scorer), Map.of(1, BigDecimal.TEN, 2, BigDecimal.TEN));
            review.members().stream().filter(u -> !u.equals(scorer)).forEach(scored -> review.scorePeer(
                    clerkOf(scorer), scored.getCode(), Map.of(1, BigDecimal.TEN, 2, BigDecimal.TEN)));
        }
        review.consolidate(clerkOf(vksnd), 30);

        DomainException closed = refusal(() -> review.attachEvidence(clerkOf(congan), 2, pdf("b.pdf", "b"), NOW));
        assertThat(closed.messageKey()).isEqualTo("bloc.error.evidenceClosed");
        assertThat(closed.field()).isEqualTo(AttachmentFile.FIELD);
        assertThat(refusal(() -> review.removeEvidence(clerkOf(congan), 77L)).messageKey())
                .isEqualTo("bloc.error.evidenceClosed");
        assertThat(review.getEvidence()).containsExactly(report);
    }

    @Test
    void membersOfTheYearAndTheBoardSeeTheReviewOthersDoNot() {
        assertThat(review.isVisibleTo(clerkOf(congan))).isTrue();
        assertThat(review.isVisibleTo(TestUnits.actor(2, "leader", "Thủ trưởng", vksnd, Role.UNIT_LEADER))).isTrue();
        assertThat(review.isVisibleTo(TestUnits.actor(3, "appraiser", "Chuyên viên", outsider, Role.APPRAISER)))
                .isTrue();
        assertThat(review.isVisibleTo(TestUnits.actor(4, "approver", "Phó Chủ tịch", outsider, Role.APPROVER)))
                .isTrue();
        assertThat(review.isVisibleTo(TestUnits.actor(6, "admin", "Quản trị", outsider, Role.ADMIN))).isTrue();
        assertThat(review.isVisibleTo(clerkOf(outsider))).isFalse();
        assertThat(review.isVisibleTo(TestUnits.actor(7, "boardhead", "Trưởng Ban", outsider, Role.UNIT_LEADER)))
                .isFalse();
    }

    @Test
    void theCriterionAverageTakesEveryScoreGivenThere() {
        assertThat(review.criterionAverage(1)).isEmpty();
        review.scoreSelf(clerkOf(congan), Map.of(1, BigDecimal.valueOf(50), 2, BigDecimal.valueOf(30)));
        review.scorePeer(clerkOf(vksnd), "CONG_AN", Map.of(1, BigDecimal.valueOf(45), 2, BigDecimal.valueOf(31)));

        assertThat(review.criterionAverage(1)).hasValue(new BigDecimal("47.50"));
        assertThat(review.criterionAverage(2)).hasValue(new BigDecimal("30.50"));
    }
}
