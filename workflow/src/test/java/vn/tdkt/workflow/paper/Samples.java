package vn.tdkt.workflow.paper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Papers as a provincial emulation office would fill them, for the tests. */
final class Samples {

    static final LocalDate DATE = LocalDate.of(2026, 12, 5);

    private Samples() {
    }

    static Heading heading(String number) {
        return new Heading(new Letterhead("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH"), number, "Tây Ninh", DATE);
    }

    static Signature viceChairman() {
        return new Signature(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Trần Văn Bình");
    }

    static Annex annex(List<AnnexLine> individuals) {
        AnnexGroup collectives = new AnnexGroup(RecipientKind.COLLECTIVE, List.of(
                new AnnexLine("Phòng Giáo dục và Đào tạo huyện Châu Thành", "Ủy ban nhân dân huyện Châu Thành",
                        7_020_000L),
                new AnnexLine("Trường Tiểu học Hòa Thành", "Phòng Giáo dục và Đào tạo thị xã Hòa Thành", 7_020_000L)));
        AnnexGroup people = new AnnexGroup(RecipientKind.INDIVIDUAL, individuals);
        return new Annex("DANH SÁCH TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
                "Chủ tịch Ủy ban nhân dân tỉnh",
                List.of(new AnnexSection("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", List.of(collectives, people))));
    }

    static List<AnnexLine> individuals() {
        return List.of(
                new AnnexLine("Bà Nguyễn Thị Ngọc Ánh", "Giáo viên, Trường Tiểu học Hòa Thành", 3_510_000L),
                new AnnexLine("Ông Lê Quốc Hưng", "Phó Trưởng phòng, Sở Nội vụ", 3_510_000L),
                new AnnexLine("Ông Phạm Đức Thắng", "Chuyên viên, Sở Tài chính", null));
    }

    static List<AnnexLine> manyIndividuals(int count) {
        List<AnnexLine> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(new AnnexLine("Ông Nguyễn Văn Người Thứ " + i, "Chuyên viên, Phòng số " + (i % 37 + 1)
                    + ", Sở Nội vụ tỉnh Tây Ninh", 3_510_000L));
        }
        return lines;
    }

    static DecisionPaper decision(Annex annex) {
        return new DecisionPaper(heading("01/QĐ-UBND"),
                "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
                List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết"
                                + " và hướng dẫn thi hành Luật Thi đua, khen thưởng;"),
                "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 01 tháng 12 năm 2026.",
                List.of("Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 02 tập thể và 03 cá nhân đã có thành"
                        + " tích xuất sắc trong phong trào thi đua năm 2026 (có Danh sách kèm theo).",
                        "Tiền thưởng kèm theo Bằng khen thực hiện theo quy định hiện hành.",
                        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có"
                                + " liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành"
                                + " Quyết định này."),
                List.of("Như Điều 3;", "CT, các PCT UBND tỉnh;", "Lưu: VT, SNV."),
                viceChairman(), annex);
    }

    static DecisionPaper decision() {
        return decision(annex(individuals()));
    }

    static ProposalLetterPaper proposalLetter() {
        return new ProposalLetterPaper(
                new Heading(new Letterhead("UBND TỈNH TÂY NINH", "SỞ NỘI VỤ"), "12/TTr-SNV", "Tây Ninh",
                        LocalDate.of(2026, 12, 1)),
                "Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "Hội đồng Thi đua - Khen thưởng tỉnh",
                List.of("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                        "Sở Nội vụ đề nghị Hội đồng xét, trình Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 01 tập"
                                + " thể và 02 cá nhân như sau:"),
                List.of(new NomineeGroup("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", List.of(
                        new Nominee("Phòng Công chức, viên chức", "Sở Nội vụ", "Hoàn thành xuất sắc nhiệm vụ năm 2026"),
                        new Nominee("Bà Nguyễn Thị Ngọc Ánh", "Chuyên viên, Phòng Thi đua - Khen thưởng",
                                "Hoàn thành xuất sắc nhiệm vụ 02 năm liên tục"),
                        new Nominee("Ông Lê Quốc Hưng", "Phó Trưởng phòng, Sở Nội vụ", "")))),
                "Các tập thể, cá nhân được đề nghị đã hoàn thành xuất sắc nhiệm vụ, dẫn đầu phong trào thi đua của"
                        + " ngành.",
                "Kính trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét./.",
                List.of("Như trên;", "Lưu: VT, TĐKT."),
                new Signature(List.of("GIÁM ĐỐC"), "Võ Thị Hồng Nhung"));
    }

    static CouncilMinutesPaper councilMinutes() {
        return new CouncilMinutesPaper(heading("03/BB-HĐTĐKT"), "Hội đồng Thi đua - Khen thưởng tỉnh Tây Ninh",
                "Phòng họp số 1, Ủy ban nhân dân tỉnh", "Ông Trần Văn Bình, Phó Chủ tịch Ủy ban nhân dân tỉnh",
                "Bà Nguyễn Thị Ngọc Ánh, Chuyên viên Sở Nội vụ", 9, 8,
                List.of("Hội đồng nghe Sở Nội vụ trình bày Tờ trình số 12/TTr-SNV và thảo luận."),
                List.of(new Ballot("Phòng Công chức, viên chức", "Bằng khen của Chủ tịch UBND tỉnh", 8, 0, 0, 1, true),
                        new Ballot("Ông Lê Quốc Hưng", "Bằng khen của Chủ tịch UBND tỉnh", 3, 4, 1, 1, false)),
                new Signature(List.of("THƯ KÝ"), "Nguyễn Thị Ngọc Ánh"),
                new Signature(List.of("CHỦ TRÌ"), "Trần Văn Bình"));
    }

    static RefusalNoticePaper refusalNotice() {
        return new RefusalNoticePaper(heading("05/TB-HĐTĐKT"),
                "Kết quả xét khen thưởng năm 2026 đối với các trường hợp không được khen thưởng",
                List.of("Hội đồng Thi đua - Khen thưởng tỉnh thông báo các trường hợp sau không được đề nghị khen"
                        + " thưởng:"),
                List.of(new Refusal("Ông Lê Quốc Hưng", "Phó Trưởng phòng, Sở Nội vụ",
                        "Bằng khen của Chủ tịch UBND tỉnh", "Không đạt tỷ lệ phiếu đồng ý của Hội đồng")),
                List.of("Sở Nội vụ;", "Lưu: VT."),
                new Signature(List.of("TM. HỘI ĐỒNG", "CHỦ TỊCH"), "Trần Văn Bình"));
    }
}
