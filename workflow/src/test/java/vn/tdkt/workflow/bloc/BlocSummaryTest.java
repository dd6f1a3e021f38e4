package vn.tdkt.workflow.bloc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.bloc.BlocRole;
import vn.tdkt.domain.blocreview.BlocReview;
import vn.tdkt.domain.blocreview.ReviewKind;
import vn.tdkt.domain.movement.Criterion;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.movement.MovementKind;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;

/** The review report for the conference, opened again with POI: its words, its ranking order and its numbers. */
class BlocSummaryTest {

    private static final LocalDateTime OPENED = LocalDateTime.of(2024, 7, 1, 8, 0);
    private static final LocalDate CONFERENCE = LocalDate.of(2024, 7, 24);

    private final Unit vksnd = new Unit("VKSND", "Viện Kiểm sát nhân dân tỉnh");
    private final Unit bochqs = new Unit("BO_CHQS", "Bộ Chỉ huy Quân sự tỉnh");
    private final Unit congan = new Unit("CONG_AN", "Công an tỉnh");
    private final Bloc bloc = new Bloc("NOI_CHINH", "Khối thi đua Nội chính tỉnh Tây Ninh");
    private final Movement movement = new Movement("QUYET_THANG_2024", "Phong trào thi đua \"Quyết thắng\" năm 2024",
            MovementKind.REGULAR, vksnd, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, List.of(
                    new Criterion(1, "Thực hiện nhiệm vụ chính trị", BigDecimal.valueOf(60), BigDecimal.ONE, true),
                    new Criterion(2, "Xây dựng Đảng, đoàn thể", BigDecimal.valueOf(40), BigDecimal.ONE, true)));

    BlocSummaryTest() {
        Map<Unit, BlocRole> roles = new LinkedHashMap<>();
        roles.put(vksnd, BlocRole.HEAD);
        roles.put(bochqs, BlocRole.MEMBER);
        roles.put(congan, BlocRole.MEMBER);
        bloc.composeYear(2024, roles);
    }

    private static Actor clerkOf(Unit unit) {
        return new Actor(unit.getCode().length(), "clerk." + unit.getCode(), "Cán bộ", 0, unit.getCode(),
                EnumSet.of(Role.CLERK));
    }

    private BlocReview opened(ReviewKind kind) {
        return BlocReview.open(bloc, 2024, kind, movement, clerkOf(vksnd), OPENED);
    }

    /** Every unit gives itself and the others the same two scores, so the ranking follows them. */
    private static void scoreAlike(BlocReview review, Map<Unit, int[]> given) {
        for (Unit scorer : review.members()) {
            review.scoreSelf(clerkOf(scorer), scores(given.get(scorer)));
            for (Unit scored : review.members()) {
                if (!scored.equals(scorer)) {
                    review.scorePeer(clerkOf(scorer), scored.getCode(), scores(given.get(scored)));
                }
            }
        }
    }

    private static Map<Integer, BigDecimal> scores(int[] values) {
        return Map.of(1, BigDecimal.valueOf(values[0]), 2, BigDecimal.valueOf(values[1]));
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static String text(XWPFDocument doc) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    @Test
    void aMidYearReportBeforeConsolidationSaysWhoHasScored() throws IOException {
        BlocReview review = opened(ReviewKind.MID_YEAR);
        review.scoreSelf(clerkOf(congan), scores(new int[] {50, 30}));
        review.scorePeer(clerkOf(congan), "VKSND", scores(new int[] {45, 35}));
        review.scorePeer(clerkOf(congan), "BO_CHQS", scores(new int[] {55, 36}));

        try (XWPFDocument doc = open(BlocSummary.write(review, CONFERENCE))) {
            String text = text(doc);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "KHỐI THI ĐUA NỘI CHÍNH TỈNH TÂY NINH", "KHỐI TRƯỞNG: Viện Kiểm sát nhân dân tỉnh",
                    "ngày 24 tháng 07 năm 2024", "BÁO CÁO",
                    "Sơ kết 6 tháng đầu năm 2024 phong trào thi đua của Khối thi đua Nội chính tỉnh Tây Ninh",
                    "Phong trào thi đua \"Quyết thắng\" năm 2024", "1. Viện Kiểm sát nhân dân tỉnh (khối trưởng)",
                    "Khối trưởng chưa tổng hợp kết quả chấm điểm",
                    "Công an tỉnh: đã tự chấm và chấm chéo đầy đủ.",
                    "Bộ Chỉ huy Quân sự tỉnh: chưa hoàn thành việc chấm điểm.",
                    "Khối chưa tổ chức bỏ phiếu suy tôn.", "TM. KHỐI THI ĐUA");
            assertThat(text).doesNotContain("Tổng kết năm");
            // Criterion 1: 50, 45, 55 → 50; criterion 2: 30, 35, 36 → 33.67 — with a Vietnamese decimal comma.
            XWPFTable criteria = doc.getTables().get(1);
            assertThat(cells(criteria.getRow(1))).containsExactly("1", "Thực hiện nhiệm vụ chính trị", "60", "50,00");
            assertThat(cells(criteria.getRow(2))).containsExactly("2", "Xây dựng Đảng, đoàn thể", "40", "33,67");
            for (var paragraph : doc.getParagraphs()) {
                for (XWPFRun run : paragraph.getRuns()) {
                    assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                }
            }
            var pageSize = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(pageSize.getW()).hasToString("11906");
            assertThat(pageSize.getH()).hasToString("16838");
        }
    }

    @Test
    void aYearEndReportListsTheRankingInOrderTheLeadingUnitAndTheBallot() throws IOException {
        BlocReview review = opened(ReviewKind.YEAR_END);
        scoreAlike(review, Map.of(bochqs, new int[] {58, 38}, congan, new int[] {56, 36}, vksnd, new int[] {50, 30}));
        review.consolidate(clerkOf(vksnd), 30);
        review.recordAcclamation(clerkOf(vksnd), "BO_CHQS", 3, 3, 3, 67, 50);

        try (XWPFDocument doc = open(BlocSummary.write(review, CONFERENCE))) {
            String text = text(doc);
            assertThat(text).contains("Tổng kết năm 2024 phong trào thi đua của Khối thi đua Nội chính tỉnh Tây Ninh",
                    "Bộ Chỉ huy Quân sự tỉnh dẫn đầu khối với 95,83/100 điểm.",
                    "Tổng số thành viên: 3; có mặt: 3; đồng ý: 3.",
                    "Đơn vị được suy tôn dẫn đầu phong trào thi đua: Bộ Chỉ huy Quân sự tỉnh.");
            assertThat(text).doesNotContain("chưa tổng hợp");
            XWPFTable ranking = doc.getTables().get(1);
            assertThat(cells(ranking.getRow(0))).containsExactly("Hạng", "Đơn vị", "Tự chấm", "Chấm chéo (bình quân)",
                    "Điểm cuối cùng");
            assertThat(ranking.getRows()).hasSize(4);
            assertThat(cells(ranking.getRow(1))).containsExactly("1", "Bộ Chỉ huy Quân sự tỉnh", "95,83", "95,83",
                    "95,83");
            assertThat(cells(ranking.getRow(2))).containsExactly("2", "Công an tỉnh", "91,67", "91,67", "91,67");
            assertThat(cells(ranking.getRow(3))).containsExactly("3", "Viện Kiểm sát nhân dân tỉnh", "79,17", "79,17",
                    "79,17");
        }
        assertThat(BlocSummary.fileName(review)).isEqualTo(
                "Báo cáo tổng kết năm 2024 - Khối thi đua Nội chính tỉnh Tây Ninh.docx");
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText().strip()).toList();
    }
}
