package vn.tdkt.domain.blocreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.bloc.BlocRole;
import vn.tdkt.domain.movement.Criterion;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.movement.MovementKind;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

/** A bloc's review: self and cross scoring, consolidation, the acclamation ballot and who is proposed. */
class BlocReviewTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 10, 9, 0);

    private final Unit vksnd = TestUnits.unit(1, "VKSND", "Viện Kiểm sát nhân dân tỉnh");
    private final Unit bochqs = TestUnits.unit(2, "BO_CHQS", "Bộ Chỉ huy Quân sự tỉnh");
    private final Unit congan = TestUnits.unit(3, "CONG_AN", "Công an tỉnh");
    private final Unit tand = TestUnits.unit(4, "TAND", "Tòa án nhân dân tỉnh");
    private final Bloc bloc = new Bloc("NOI_CHINH", "Khối thi đua Nội chính tỉnh Tây Ninh");
    private final Movement movement = new Movement("QUYET_THANG_2024", "Phong trào thi đua \"Quyết thắng\" năm 2024",
            MovementKind.REGULAR, vksnd, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, List.of(
                    new Criterion(1, "Thực hiện nhiệm vụ chính trị", BigDecimal.valueOf(60), BigDecimal.valueOf(2),
                            true),
                    new Criterion(2, "Xây dựng Đảng, đoàn thể", BigDecimal.valueOf(30), BigDecimal.ONE, true),
                    new Criterion(3, "Điểm thưởng", BigDecimal.TEN, BigDecimal.ONE, false)));

    BlocReviewTest() {
        Map<Unit, BlocRole> roles = new LinkedHashMap<>();
        roles.put(vksnd, BlocRole.HEAD);
        roles.put(bochqs, BlocRole.MEMBER);
        roles.put(congan, BlocRole.MEMBER);
        roles.put(tand, BlocRole.DEPUTY);
        bloc.composeYear(2024, roles);
    }

    private static Actor clerkOf(Unit unit) {
        return TestUnits.actor(unit.getId(), "clerk." + unit.getCode().toLowerCase(), "Cán bộ", unit, Role.CLERK);
    }

    private static Map<Integer, BigDecimal> scores(double first, double second) {
        return Map.of(1, BigDecimal.valueOf(first), 2, BigDecimal.valueOf(second));
    }

    private BlocReview opened() {
        return BlocReview.open(bloc, 2024, ReviewKind.YEAR_END, movement, clerkOf(vksnd), NOW);
    }

    /** Every unit gives itself and every other unit the same scores: its final equals its (first, second). */
    private BlocReview scoredAlike(Map<Unit, Map<Integer, BigDecimal>> given) {
        BlocReview review = opened();
        for (Unit scorer : review.members()) {
            review.scoreSelf(clerkOf(scorer), given.get(scorer));
            for (Unit scored : review.members()) {
                if (!scored.equals(scorer)) {
                    review.scorePeer(clerkOf(scorer), scored.getCode(), given.get(scored));
                }
            }
        }
        return review;
    }

    private Map<Unit, Map<Integer, BigDecimal>> outcome2024() {
        return Map.of(bochqs, scores(58, 29), congan, scores(56, 28), tand, scores(55, 28), vksnd, scores(50, 25));
    }

    @Test
    void onlyTheYearsHeadOpensTheReview() {
        assertThatThrownBy(() -> BlocReview.open(bloc, 2024, ReviewKind.YEAR_END, movement, clerkOf(congan), NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.onlyHead"));
        assertThat(opened().getStatus()).isEqualTo(ReviewStatus.SCORING);
    }

    @Test
    void aUnitNeverScoresItselfInCrossScoringAndScoresStayWithinTheirRange() {
        BlocReview review = opened();
        assertThatThrownBy(() -> review.scorePeer(clerkOf(congan), "CONG_AN", scores(50, 20)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.selfInPeerRound"));
        assertThatThrownBy(() -> review.scoreSelf(clerkOf(congan), scores(61, 20)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("bloc.error.scoreRange");
                    assertThat(e.arguments()).containsExactly("Thực hiện nhiệm vụ chính trị", "60");
                });
        assertThatThrownBy(() -> review.scoreSelf(clerkOf(congan), scores(-1, 20)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> review.scoreSelf(clerkOf(congan), Map.of(1, BigDecimal.TEN)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.requiredScore"));
        Unit outsider = TestUnits.unit(9, "CUC_THUE", "Cục Thuế");
        assertThatThrownBy(() -> review.scoreSelf(clerkOf(outsider), scores(50, 20)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.notMember"));
    }

    @Test
    void consolidationWaitsForEveryMemberAndNamesTheOneMissing() {
        BlocReview review = opened();
        review.scoreSelf(clerkOf(vksnd), scores(50, 25));
        assertThatThrownBy(() -> review.consolidate(clerkOf(vksnd), 30))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("bloc.error.missingSelfScores");
                    // Members in order: the head, the deputy, then the others by code.
                    assertThat(e.arguments()).containsExactly("Tòa án nhân dân tỉnh");
                });
        for (Unit unit : List.of(bochqs, congan, tand)) {
            review.scoreSelf(clerkOf(unit), scores(50, 25));
        }
        assertThatThrownBy(() -> review.consolidate(clerkOf(vksnd), 30))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("bloc.error.missingPeerScores");
                    assertThat(e.arguments()).containsExactly("Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh");
                });
        assertThat(review.isFullyScored()).isFalse();
        assertThat(scoredAlike(outcome2024()).isFullyScored()).isTrue();
        assertThatThrownBy(() -> scoredAlike(outcome2024()).consolidate(clerkOf(congan), 30))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.onlyHead"));
    }

    @Test
    void theRankingWeighsSelfAgainstPeerScoresAndTiesShareARank() {
        BlocReview review = opened();
        for (Unit unit : review.members()) {
            review.scoreSelf(clerkOf(unit), scores(60, 30));
        }
        // Everyone gives Công an (60, 30) and the others (30, 15); Công an gives everyone (60, 30).
        for (Unit scorer : review.members()) {
            for (Unit scored : review.members()) {
                if (!scorer.equals(scored)) {
                    review.scorePeer(clerkOf(scorer), scored.getCode(),
                            scored.equals(congan) || scorer.equals(congan) ? scores(60, 30) : scores(30, 15));
                }
            }
        }
        List<RankingLine> ranking = review.consolidate(clerkOf(vksnd), 30);

        // Out of 100 with the optional bonus criterion (weight 1 of 4) unscored: (60, 30) is 75, (30, 15) 37.5.
        // Công an: self 75, peers 75 → 75. The others: self 75, peers (75 + 37.5 + 37.5) / 3 = 50 → 57.5.
        assertThat(ranking).extracting(l -> l.getUnit().getCode(), RankingLine::getFinalScore, RankingLine::getRank)
                .containsExactly(
                        tuple("CONG_AN", new BigDecimal("75.00"), 1),
                        tuple("BO_CHQS", new BigDecimal("57.50"), 2),
                        tuple("TAND", new BigDecimal("57.50"), 2),
                        tuple("VKSND", new BigDecimal("57.50"), 2));
        assertThat(ranking.get(1).getPeerScore()).isEqualByComparingTo("50.00");
        // Bộ CHQS on criterion 1 (max 60): 60 from itself and Công an, 30 from TAND and VKSND → 75 %.
        assertThat(review.criterionShare(bochqs, 1)).hasValueSatisfying(
                share -> assertThat(share).isEqualByComparingTo("75.00"));
        assertThat(review.criterionShare(bochqs, 3)).isEmpty();
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.CONSOLIDATED);
        assertThatThrownBy(() -> review.scoreSelf(clerkOf(congan), scores(1, 1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.scoringClosed"));
    }

    @Test
    void theBallotConfirmsTheFirstAndTheNextOnesAreProposedOnce() {
        BlocReview review = scoredAlike(outcome2024());
        review.consolidate(clerkOf(vksnd), 30);
        assertThatThrownBy(() -> review.recordAcclamation(clerkOf(vksnd), "CONG_AN", 4, 4, 4, 67, 50))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.notFirst"));
        assertThatThrownBy(() -> review.recordAcclamation(clerkOf(vksnd), "BO_CHQS", 4, 5, 4, 67, 50))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.ballotCounts"));
        // Two of four present: no quorum. Then a quorum but one vote of three: below half.
        assertThat(review.recordAcclamation(clerkOf(vksnd), "BO_CHQS", 4, 2, 2, 67, 50)).isFalse();
        assertThat(review.recordAcclamation(clerkOf(vksnd), "BO_CHQS", 4, 3, 1, 67, 50)).isFalse();
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.CONSOLIDATED);

        assertThat(review.recordAcclamation(clerkOf(vksnd), "BO_CHQS", 4, 4, 3, 67, 50)).isTrue();

        assertThat(review.getLeadingUnit()).isEqualTo(bochqs);
        assertThat(review.runnersUp(2)).containsExactly(congan, tand);
        review.markProposed();
        assertThatThrownBy(review::markProposed).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("bloc.error.alreadyProposed"));
    }

    @Test
    void unitsTiedAtTheCutAreAllProposed() {
        Map<Unit, Map<Integer, BigDecimal>> given = Map.of(bochqs, scores(58, 29), congan, scores(55, 28), tand,
                scores(55, 28), vksnd, scores(50, 25));
        BlocReview review = scoredAlike(given);
        review.consolidate(clerkOf(vksnd), 30);
        review.recordAcclamation(clerkOf(vksnd), "BO_CHQS", 4, 4, 4, 67, 50);

        assertThat(review.runnersUp(1)).containsExactlyInAnyOrder(congan, tand);
    }
}
