package vn.tdkt.workflow.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperRecordsTest {

    @Test
    void daysBelowTenAndTheMonthsJanuaryAndFebruaryHaveALeadingZero() {
        assertThat(PaperDate.of(LocalDate.of(2026, 1, 5))).isEqualTo(new PaperDate("05", "01", "2026"));
        assertThat(PaperDate.of(LocalDate.of(2026, 2, 28))).isEqualTo(new PaperDate("28", "02", "2026"));
        assertThat(PaperDate.of(LocalDate.of(2026, 3, 9))).isEqualTo(new PaperDate("09", "3", "2026"));
        assertThat(PaperDate.of(LocalDate.of(2026, 12, 15))).isEqualTo(new PaperDate("15", "12", "2026"));
    }

    @Test
    void theDateLineFollowsTheRule() {
        DecisionPaper decision = Samples.decision(null);
        DecisionPaper inMarch = new DecisionPaper(new Heading(decision.heading().letterhead(), "01/QĐ-UBND", "Tây Ninh",
                LocalDate.of(2027, 3, 1)), decision.subject(), decision.authority(), decision.legalBases(),
                decision.proposal(), decision.articles(), decision.recipients(), decision.signature(), null);

        assertThat(Pdfs.text(Pdfs.render(inMarch))).contains("Tây Ninh, ngày 01 tháng 3 năm 2027");
    }

    @Test
    void totalsAddTheStatedAmountsOnly() {
        Annex annex = Samples.annex(Samples.individuals());

        assertThat(annex.sections().get(0).groups().get(0).total()).isEqualTo(14_040_000L);
        assertThat(annex.sections().get(0).groups().get(1).total()).isEqualTo(7_020_000L);
        assertThat(annex.total()).isEqualTo(21_060_000L);
        assertThat(annex.count(RecipientKind.COLLECTIVE)).isEqualTo(2);
        assertThat(annex.count(RecipientKind.INDIVIDUAL)).isEqualTo(3);
        assertThat(new AnnexGroup(RecipientKind.INDIVIDUAL, List.of(new AnnexLine("Ông A", "", null))).total())
                .isNull();
    }

    @Test
    void anAnnexWithoutAmountsPrintsNoTotals() {
        DecisionPaper decision = Samples.decision(new Annex("DANH SÁCH", "Chủ tịch Ủy ban nhân dân tỉnh",
                List.of(new AnnexSection("Giấy khen", List.of(new AnnexGroup(RecipientKind.HOUSEHOLD,
                        List.of(new AnnexLine("Hộ ông Trần Văn Cường", "Ấp Bình Phong, xã Thái Bình", null))))))));

        String text = DecisionPdfTest.oneLine(Pdfs.text(Pdfs.render(decision)));

        assertThat(text).contains("I Hộ gia đình", "1 Hộ ông Trần Văn Cường Ấp Bình Phong, xã Thái Bình")
                .doesNotContain("Cộng", "Tổng cộng");
    }

    @Test
    void requiredFieldsAreRefusedWhenBlank() {
        assertThatThrownBy(() -> new Letterhead("ỦY BAN NHÂN DÂN", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("issuer is required and must not be blank");
        assertThatThrownBy(() -> new Heading(new Letterhead("", "SỞ NỘI VỤ"), "", "Tây Ninh", Samples.DATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
        assertThatThrownBy(() -> new Heading(new Letterhead("", "SỞ NỘI VỤ"), "01/TTr-SNV", "Tây Ninh", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("date is required");
        assertThatThrownBy(() -> new Signature(List.of(), "Trần Văn Bình"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("signature authority must not be empty");
        assertThatThrownBy(() -> new AnnexLine("Ông A", "", -1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        List<String> recipients = new ArrayList<>(Arrays.asList("Như Điều 3;", null));
        DecisionPaper decision = Samples.decision(null);
        assertThatThrownBy(() -> new DecisionPaper(decision.heading(), decision.subject(), decision.authority(),
                decision.legalBases(), decision.proposal(), decision.articles(), recipients, decision.signature(),
                null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("recipients[1] must not be blank");
    }

    @Test
    void theParentBodyMayBeAbsent() {
        assertThat(new Letterhead(null, "SỞ NỘI VỤ").parentBody()).isEmpty();
    }

    @Test
    void listsAreCopied() {
        List<String> bases = new ArrayList<>(List.of("Căn cứ Luật Thi đua, khen thưởng;"));
        DecisionPaper decision = Samples.decision(null);
        DecisionPaper copy = new DecisionPaper(decision.heading(), decision.subject(), decision.authority(), bases,
                decision.proposal(), decision.articles(), decision.recipients(), decision.signature(), null);

        bases.add("Căn cứ khác;");

        assertThat(copy.legalBases()).hasSize(1);
    }

    @Test
    void everyBallotAccountsForEveryMember() {
        CouncilMinutesPaper minutes = Samples.councilMinutes();

        assertThatThrownBy(() -> new CouncilMinutesPaper(minutes.heading(), minutes.council(), minutes.venue(),
                minutes.chair(), minutes.secretary(), 9, 8, minutes.agenda(),
                List.of(new Ballot("Ông Lê Quốc Hưng", "Giấy khen", 5, 1, 0, 1, true)), minutes.secretarySignature(),
                minutes.chairSignature()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the ballot on Ông Lê Quốc Hưng counts 7 members, the council has 9");
        assertThatThrownBy(() -> new CouncilMinutesPaper(minutes.heading(), minutes.council(), minutes.venue(),
                minutes.chair(), minutes.secretary(), 9, 10, minutes.agenda(), minutes.ballots(),
                minutes.secretarySignature(), minutes.chairSignature()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("members present");
    }
}
