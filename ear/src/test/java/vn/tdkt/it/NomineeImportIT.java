package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Gender;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.it.support.NomineeSheets;
import vn.tdkt.workflow.demo.DemoDocuments;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.ImportOutcome;
import vn.tdkt.workflow.proposal.NomineeImports;
import vn.tdkt.workflow.proposal.NomineeInput;
import vn.tdkt.workflow.proposal.ProposalInput;

/** Excel import of nominee lists into a stored dossier, inside WildFly on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class NomineeImportIT {

    private static final Map<String, String> CATALOG = Map.of("LDTT", "Lao động tiên tiến",
            "GIAY_KHEN", "Giấy khen", "TTLD_TIEN_TIEN", "Tập thể lao động tiên tiến");

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    NomineeImports imports;

    @Inject
    UserDirectory users;

    private Actor clerk() {
        return users.actorFor("clerk").orElseThrow();
    }

    private long dossierWithOneNominee() {
        return clerkProposals.createDraft(clerk(), ProposalInput.single(2025,
                NomineeInput.individual("Ngô Thị Bích Trâm", "Chuyên viên", 1L, "Hoàn thành tốt nhiệm vụ.")));
    }

    private static final List<String> GOOD_1 = Arrays.asList("Cá nhân", "Trần Văn Ơn", "Kiểm sát viên, Phòng 2",
            "Nam", "05/09/1985", "LDTT", "Hoàn thành tốt nhiệm vụ; «văn hóa công sở».");
    private static final List<String> GOOD_2 = Arrays.asList("Hộ gia đình", "Hộ bà Nguyễn Thị Ửng",
            "ấp Bàu Sen, xã Phước Vinh", null, null, "Giấy khen", "Hiến đất làm đường.");
    private static final List<String> UNKNOWN_TITLE = Arrays.asList("Cá nhân", "Lê Văn Sĩ", "Văn thư", null, null,
            "Huân chương XYZ", "Thành tích.");

    @Test
    void aListWithAnInvalidRowImportsNothingInAllOrNothingModeAndSaysWhere() throws Exception {
        long id = dossierWithOneNominee();
        int historyBefore = clerkProposals.read(clerk(), id).getHistory().size();

        ImportOutcome outcome = imports.importInto(clerk(), id,
                NomineeSheets.filled(CATALOG, List.of(GOOD_1, GOOD_2, UNKNOWN_TITLE)),
                NomineeImports.Mode.ALL_OR_NOTHING);

        assertThat(outcome.getRowsRead()).isEqualTo(3);
        assertThat(outcome.getImported()).isZero();
        assertThat(outcome.getIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.getRow()).isEqualTo(4);
            assertThat(issue.getColumn()).isEqualTo("G");
            assertThat(issue.getMessageKey()).isEqualTo("import.error.unknownTitle");
            assertThat(issue.getArguments()).contains("Huân chương XYZ");
        });
        Proposal unchanged = clerkProposals.read(clerk(), id);
        assertThat(unchanged.getNominees()).extracting(ProposalNominee::getName).containsExactly("Ngô Thị Bích Trâm");
        assertThat(unchanged.getHistory()).hasSize(historyBefore);
    }

    @Test
    void aFileThatIsNotAnExcelWorkbookChangesNothingWhateverTheMode() {
        long id = dossierWithOneNominee();
        ImportOutcome outcome = imports.importInto(clerk(), id, DemoDocuments.pdf("danh sach"),
                NomineeImports.Mode.VALID_ROWS);
        assertThat(outcome.getImported()).isZero();
        assertThat(outcome.getIssues()).extracting(ImportOutcome.Issue::getMessageKey)
                .containsExactly("import.error.notXlsx");
        assertThat(clerkProposals.read(clerk(), id).getNominees()).hasSize(1);
    }

    @Test
    void theValidRowsModeAddsTheValidRowsAfterTheListAndReportsTheOthers() {
        long id = dossierWithOneNominee();
        List<String> collectiveWithPersonalTitle = Arrays.asList("Tập thể", "Phòng Tổ chức cán bộ", null, null, null,
                "LDTT", "Đoàn kết, hoàn thành nhiệm vụ.");
        ImportOutcome outcome = imports.importInto(clerk(), id, NomineeSheets.filled(CATALOG,
                List.of(GOOD_1, UNKNOWN_TITLE, GOOD_2, collectiveWithPersonalTitle)), NomineeImports.Mode.VALID_ROWS);

        assertThat(outcome.getImported()).isEqualTo(2);
        assertThat(outcome.getIssues()).extracting(ImportOutcome.Issue::getRow).containsExactly(3, 5);
        // A row the sheet accepts but the catalog does not (a person's title for a collective) names its rule.
        assertThat(outcome.getIssues().get(1).getMessageKey()).isEqualTo("import.error.row");
        assertThat(outcome.getIssues().get(1).getDetailKey()).isEqualTo("proposal.error.titleNotForKind");

        Proposal dossier = clerkProposals.read(clerk(), id);
        assertThat(dossier.getNominees()).extracting(ProposalNominee::getName)
                .containsExactly("Ngô Thị Bích Trâm", "Trần Văn Ơn", "Hộ bà Nguyễn Thị Ửng");
        ProposalNominee imported = dossier.getNominees().get(1);
        assertThat(imported.getKind()).isEqualTo(NomineeKind.INDIVIDUAL);
        assertThat(imported.getGender()).isEqualTo(Gender.MALE);
        assertThat(imported.getBirthDate()).isEqualTo(LocalDate.of(1985, 9, 5));
        assertThat(imported.getAchievementReport()).isEqualTo("Hoàn thành tốt nhiệm vụ; «văn hóa công sở».");
        assertThat(dossier.getNominees().get(2).getDetails()).isEqualTo("ấp Bàu Sen, xã Phước Vinh");
    }
}
