package vn.tdkt.workflow.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DecisionPdfTest {

    @Test
    void theDecisionReadsAsTheDecreeLaysItOut() throws Exception {
        byte[] pdf = Pdfs.render(Samples.decision());
        Files.write(Path.of("/tmp/decision.pdf"), pdf);
        String text = Pdfs.text(pdf);
        System.out.println(text);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 01/QĐ-UBND",
                "Tây Ninh, ngày 05 tháng 12 năm 2026", "Nguyễn Thị Ngọc Ánh");
    }
}
