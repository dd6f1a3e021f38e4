package vn.tdkt.workflow.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtherPapersPdfTest {

    @Test
    void theProposalLetterListsTheNomineesUnderTheirAward() {
        String text = DecisionPdfTest.oneLine(Pdfs.text(Pdfs.render(Samples.proposalLetter())));

        assertThat(text).containsSubsequence(
                "UBND TỈNH TÂY NINH SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
                "Số: 12/TTr-SNV Tây Ninh, ngày 01 tháng 12 năm 2026",
                "TỜ TRÌNH Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh",
                "1. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 3",
                "1 Phòng Công chức, viên chức Sở Nội vụ Hoàn thành xuất sắc nhiệm vụ năm 2026",
                "2 Bà Nguyễn Thị Ngọc Ánh", "Hoàn thành xuất sắc nhiệm vụ 02 năm liên tục",
                "3 Ông Lê Quốc Hưng",
                "Tóm tắt thành tích Các tập thể, cá nhân được đề nghị đã hoàn thành xuất sắc nhiệm vụ",
                "Nơi nhận: - Như trên; - Lưu: VT, TĐKT. GIÁM ĐỐC Võ Thị Hồng Nhung");
    }

    @Test
    void theMinutesShowEveryBallotAndItsResult() {
        String text = DecisionPdfTest.oneLine(Pdfs.text(Pdfs.render(Samples.councilMinutes())));

        assertThat(text).containsSubsequence(
                "Số: 03/BB-HĐTĐKT Tây Ninh, ngày 05 tháng 12 năm 2026",
                "BIÊN BẢN Họp Hội đồng Thi đua - Khen thưởng tỉnh Tây Ninh",
                "Hôm nay, ngày 05 tháng 12 năm 2026, tại Phòng họp số 1, Ủy ban nhân dân tỉnh",
                "Thành viên Hội đồng: 9; có mặt: 8; vắng mặt: 1.",
                "Kết quả biểu quyết",
                "1 Phòng Công chức, viên chức", "8 0 0 1 Thông qua",
                "2 Ông Lê Quốc Hưng", "3 4 1 1 Không thông qua",
                "THƯ KÝ", "Nguyễn Thị Ngọc Ánh", "CHỦ TRÌ", "Trần Văn Bình");
    }

    @Test
    void theNoticeGivesEachReason() {
        String text = DecisionPdfTest.oneLine(Pdfs.text(Pdfs.render(Samples.refusalNotice())));

        assertThat(text).containsSubsequence(
                "Số: 05/TB-HĐTĐKT",
                "THÔNG BÁO Kết quả xét khen thưởng năm 2026 đối với các trường hợp không được khen thưởng",
                "1 Ông Lê Quốc Hưng", "Không đạt tỷ lệ phiếu đồng ý của Hội đồng",
                "Nơi nhận: - Sở Nội vụ; - Lưu: VT.", "TM. HỘI ĐỒNG CHỦ TỊCH", "Trần Văn Bình");
    }
}
