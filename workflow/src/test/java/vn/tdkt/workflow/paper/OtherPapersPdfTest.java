package vn.tdkt.workflow.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OtherPapersPdfTest {

    @Test
    void theProposalLetterListsTheNomineesUnderTheirAward() throws Exception {
        byte[] pdf = Pdfs.render(Samples.proposalLetter());
        Files.write(Path.of("/tmp/proposal.pdf"), pdf);
        String text = Pdfs.text(pdf);
        System.out.println(text);
        assertThat(text).contains("TỜ TRÌNH", "Số: 12/TTr-SNV", "Tây Ninh, ngày 01 tháng 12 năm 2026",
                "Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh");
    }

    @Test
    void theMinutesShowEveryBallot() throws Exception {
        byte[] pdf = Pdfs.render(Samples.councilMinutes());
        Files.write(Path.of("/tmp/minutes.pdf"), pdf);
        String text = Pdfs.text(pdf);
        System.out.println(text);
        assertThat(text).contains("BIÊN BẢN");
    }

    @Test
    void theNoticeGivesEachReason() throws Exception {
        byte[] pdf = Pdfs.render(Samples.refusalNotice());
        Files.write(Path.of("/tmp/notice.pdf"), pdf);
        String text = Pdfs.text(pdf);
        System.out.println(text);
        assertThat(text).contains("THÔNG BÁO");
    }
}
