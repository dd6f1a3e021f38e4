package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.it.support.TestBlocs.scores;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.bloc.Covenant;
import vn.tdkt.domain.blocreview.BlocReview;
import vn.tdkt.domain.blocreview.RankingLine;
import vn.tdkt.domain.blocreview.ReviewKind;
import vn.tdkt.domain.blocreview.ReviewStatus;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.proposal.AttachmentKind;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.it.support.TestBlocs;
import vn.tdkt.workflow.bloc.BlocCovenants;
import vn.tdkt.workflow.bloc.BlocProposals;
import vn.tdkt.workflow.bloc.BlocReviews;
import vn.tdkt.workflow.engine.ProcessKeys;
import vn.tdkt.workflow.inbox.Inbox;
import vn.tdkt.workflow.inbox.InboxItem;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.DossierAttachments.StoredFile;

/**
 * A bloc's year inside WildFly: the demo's 2024 review gives the seed's outcome; a year-end review scored by every
 * member, consolidated and acclaimed ends in the Cờ thi đua and Bằng khen proposals at the board's reception —
 * with the minutes attached, in the appraisers' inbox, and never twice; the report for the conference says who has
 * scored before the consolidation and lists the ranking after it.
 */
@ExtendWith(ArquillianExtension.class)
class BlocReviewIT {

    /** A year no demo data uses: this test composes the bloc for it (VKSND heads it). */
    private static final int YEAR = 2026;

    @Inject
    BlocReviews reviews;

    @Inject
    BlocProposals blocProposals;

    @Inject
    UserDirectory users;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    Inbox inbox;

    @Inject
    BlocCovenants covenants;

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    @Inject
    TestBlocs blocs;

    private static final List<String> SIX_MEMBERS_VKSND_HEADING = List.of("VKSND", "CONG_AN", "BO_CHQS", "BDBP", "TAND",
            "CUC_THADS");

    private static final Map<String, String> CLERKS = Map.of("VKSND", "clerk", "CONG_AN", "clerk2",
            "BO_CHQS", "clerk.bochqs", "BDBP", "clerk.bdbp", "TAND", "clerk.tand", "CUC_THADS", "clerk.thads");

    @Test
    void theDemoReproducesTheBlocs2024Outcome() {
        BlocReview review = reviews.visibleTo(actor("clerk")).stream()
                .filter(r -> r.getYear() == 2024 && r.getKind() == ReviewKind.YEAR_END).findFirst().orElseThrow();

        assertThat(review.getStatus()).isEqualTo(ReviewStatus.PROPOSED);
        assertThat(review.getRanking()).first().satisfies(line -> {
            assertThat(line.getRank()).isEqualTo(1);
            assertThat(line.getUnit().getCode()).isEqualTo("BO_CHQS");
        });
        assertThat(review.getLeadingUnit().getCode()).isEqualTo("BO_CHQS");
        assertThat(review.runnersUp(2)).extracting(Unit::getCode).containsExactly("CONG_AN", "TAND");
        assertThat(review.getBloc().headIn(2025)).hasValueSatisfying(
                head -> assertThat(head.getCode()).isEqualTo("TAND"));
    }

    @Test
    void aYearEndReviewEndsInTheBlocsProposalsAtTheBoardOnce() throws Exception {
        blocs.compose(YEAR, SIX_MEMBERS_VKSND_HEADING);
        long movement = em.createQuery("select m.id from Movement m where m.code = 'QUYET_THANG_2025'", Long.class)
                .getSingleResult();
        assertThatThrownBy(() -> reviews.open(actor("clerk2"), "NOI_CHINH", YEAR, ReviewKind.YEAR_END, movement))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.onlyHead"));
        long id = reviews.open(actor("clerk"), "NOI_CHINH", YEAR, ReviewKind.YEAR_END, movement);

        assertThatThrownBy(() -> reviews.scorePeer(actor("clerk2"), id, "CONG_AN", scores(40, 15, 15, 5)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.selfInPeerRound"));
        assertThatThrownBy(() -> reviews.scoreSelf(actor("clerk2"), id, scores(51, 15, 15, 5)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.scoreRange"));
        Map<String, Map<Integer, BigDecimal>> profile = new LinkedHashMap<>();
        profile.put("CONG_AN", scores(49, 20, 19, 9));
        profile.put("TAND", scores(48, 19, 19, 8));
        profile.put("CUC_THADS", scores(47, 19, 18, 8));
        profile.put("VKSND", scores(46, 18, 18, 6));
        profile.put("BO_CHQS", scores(46, 18, 18, 5));
        profile.put("BDBP", scores(45, 18, 17, 5));
        for (String scorer : CLERKS.keySet()) {
            if (scorer.equals("BDBP")) {
                continue; // Biên phòng has not scored yet
            }
            score(id, scorer, profile);
        }
        assertThatThrownBy(() -> reviews.consolidate(actor("clerk"), id))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("bloc.error.missingSelfScores");
                    assertThat(e.arguments()).containsExactly("Bộ Chỉ huy Bộ đội Biên phòng tỉnh");
                });

        assertThat(summaryText(actor("clerk2"), id)).contains("Tổng kết năm 2026",
                "Bộ Chỉ huy Bộ đội Biên phòng tỉnh: chưa hoàn thành việc chấm điểm.",
                "Công an tỉnh: đã tự chấm và chấm chéo đầy đủ.");
        score(id, "BDBP", profile);

        List<RankingLine> ranking = reviews.consolidate(actor("clerk"), id);
        assertThat(ranking).extracting(line -> line.getUnit().getCode()).startsWith("CONG_AN", "TAND", "CUC_THADS");
        // The report for the conference: a Word document with the units in rank order, for members and the board.
        StoredFile summary = reviews.summary(actor("appraiser"), id);
        assertThat(summary.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(summary.fileName())
                .isEqualTo("Báo cáo tổng kết năm 2026 - Khối thi đua Nội chính tỉnh Tây Ninh.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(summary.content()))) {
            XWPFTable table = doc.getTables().get(1);
            assertThat(table.getRows().subList(1, table.getRows().size()))
                    .extracting(row -> row.getCell(1).getText().strip())
                    .containsExactlyElementsOf(ranking.stream().map(line -> line.getUnit().getName()).toList());
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("1");
            assertThat(table.getRow(1).getCell(4).getText())
                    .isEqualTo(ranking.get(0).getFinalScore().toPlainString().replace('.', ','));
        }
        assertThatThrownBy(() -> reviews.summary(actor("boardhead"), id)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> reviews.consolidate(actor("clerk"), id))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.alreadyConsolidated"));
        long before = countProposals();
        assertThat(reviews.recordAcclamation(actor("clerk"), id, "CONG_AN", 6, 6, 2)).isFalse();
        assertThat(countProposals()).isEqualTo(before);

        assertThat(reviews.recordAcclamation(actor("clerk"), id, "CONG_AN", 6, 6, 5)).isTrue();

        List<Proposal> created = em.createQuery("select p from Proposal p where p.unit.code = 'VKSND'"
                + " and p.status = :status order by p.id desc", Proposal.class)
                .setParameter("status", ProposalStatus.AT_BOARD).setMaxResults(2).getResultList();
        assertThat(countProposals()).isEqualTo(before + 2);
        Proposal flag = created.get(1);
        Proposal merit = created.get(0);
        assertThat(flag.getNominees()).extracting(ProposalNominee::getName).containsExactly("Công an tỉnh");
        assertThat(flag.getNominees().get(0).getTitle().getCode()).isEqualTo("CO_THI_DUA_UBND");
        assertThat(merit.getNominees()).extracting(ProposalNominee::getName)
                .containsExactly("Tòa án nhân dân tỉnh", "Cục Thi hành án dân sự tỉnh");
        assertThat(merit.getNominees().get(0).getTitle().getCode()).isEqualTo("BK_UBND");
        assertThat(flag.getAttachments()).anySatisfy(a -> {
            assertThat(a.getKind()).isEqualTo(AttachmentKind.MEETING_MINUTES);
            assertThat(a.getFileName()).contains("Biên bản bình xét khối 2026");
        });
        List<InboxItem> appraiser = inbox.of(actor("appraiser"));
        assertThat(appraiser).filteredOn(item -> item.getProposalNumber().equals(flag.getNumber())).singleElement()
                .satisfies(item -> assertThat(item.getTaskKey()).isEqualTo(ProcessKeys.TASK_RECEPTION));

        assertThatThrownBy(() -> blocProposals.create(actor("clerk"), id))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.alreadyProposed"));
        assertThat(countProposals()).isEqualTo(before + 2);
        assertThat(reviews.read(actor("clerk"), id).getStatus()).isEqualTo(ReviewStatus.PROPOSED);
    }

    @Test
    void theHeadDraftsTheCovenantMembersLeadersSignItAndTheHeadHandsOver() throws Exception {
        blocs.compose(YEAR, SIX_MEMBERS_VKSND_HEADING);
        assertThatThrownBy(() -> covenants.draft(actor("clerk2"), "NOI_CHINH", YEAR, "Giao ước"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.onlyHead"));
        covenants.draft(actor("clerk"), "NOI_CHINH", YEAR,
                "Các đơn vị trong Khối thi đua Nội chính cam kết thi đua hoàn thành xuất sắc nhiệm vụ năm 2026.");
        covenants.sign(actor("leader2"), "NOI_CHINH", YEAR);
        assertThatThrownBy(() -> covenants.sign(actor("leader2"), "NOI_CHINH", YEAR))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("covenant.error.alreadySigned"));
        assertThatThrownBy(() -> covenants.draft(actor("clerk"), "NOI_CHINH", YEAR, "Sửa sau khi đã ký"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("covenant.error.signed"));
        covenants.sign(actor("leader"), "NOI_CHINH", YEAR);

        Covenant covenant = covenants.covenant(actor("clerk"), "NOI_CHINH", YEAR).orElseThrow();
        assertThat(covenant.getSignatures()).extracting(s -> s.getUnit().getCode())
                .containsExactlyInAnyOrder("CONG_AN", "VKSND");
        assertThat(covenant.isSignedByAll()).isFalse();

        assertThatThrownBy(() -> covenants.handOver(actor("leader2"), "NOI_CHINH", YEAR, "CONG_AN"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("bloc.error.onlyHead"));
        covenants.handOver(actor("leader"), "NOI_CHINH", YEAR, "CONG_AN");
        assertThat(covenants.bloc("NOI_CHINH").headIn(YEAR + 1)).hasValueSatisfying(
                head -> assertThat(head.getCode()).isEqualTo("CONG_AN"));
    }

    private void score(long id, String scorer, Map<String, Map<Integer, BigDecimal>> profile) {
        Actor clerk = actor(CLERKS.get(scorer));
        reviews.scoreSelf(clerk, id, profile.get(scorer));
        profile.forEach((scored, given) -> {
            if (!scored.equals(scorer)) {
                reviews.scorePeer(clerk, id, scored, given);
            }
        });
    }

    private String summaryText(Actor actor, long id) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reviews.summary(actor, id).content()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    private long countProposals() {
        return em.createQuery("select count(p) from Proposal p", Long.class).getSingleResult();
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }
}
