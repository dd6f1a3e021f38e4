package vn.tdkt.domain.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.catalog.CommendationType;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.eligibility.Finding;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Gender;
import vn.tdkt.domain.organisation.Person;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

/** A dossier with several nominees of different kinds, its files, and submission under the rules' findings. */
class DossierTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);
    private static final LocalDate TODAY = T0.toLocalDate();
    private static final DossierHeader HEADER = DossierHeader.of(2025, CommendationType.MERIT, null, TODAY);

    private final Unit vksnd = TestUnits.unit(1, "VKSND", "Viện Kiểm sát nhân dân tỉnh");
    private final Actor clerk = TestUnits.actor(11, "clerk", "Trần Thị Thu Hà", vksnd, Role.CLERK);
    private final Title ldtt = TestUnits.activeTitle();
    private final Title giayKhen = TestUnits.titleForEveryKind(6, "GIAY_KHEN", "Giấy khen");

    private NomineeDetails individual(String name, Title title) {
        return NomineeDetails.of(NomineeKind.INDIVIDUAL, null, name, "Kiểm sát viên", Gender.FEMALE,
                LocalDate.of(1990, 1, 1), title, "Hoàn thành tốt nhiệm vụ.", Set.of(), TODAY);
    }

    private NomineeDetails named(NomineeKind kind, String name) {
        return NomineeDetails.of(kind, null, name, null, Gender.MALE, LocalDate.of(1990, 1, 1), giayKhen,
                "Thành tích tiêu biểu.", Set.of(), TODAY);
    }

    private Proposal dossier(NomineeDetails... nominees) {
        return Proposal.draft("VKSND-2026-000001", vksnd, HEADER, List.of(nominees), clerk, T0);
    }

    private static Finding finding(Finding.Severity severity, String rule) {
        return new Finding(severity, rule, "eligibility." + rule, List.of("Nguyễn Văn A"));
    }

    @Test
    void aDossierHoldsNomineesOfEveryKindInOrderAndOnlyIndividualsKeepPersonalData() {
        Proposal proposal = dossier(individual("Nguyễn Thị Hân", giayKhen), named(NomineeKind.COLLECTIVE, "Phòng 7"),
                named(NomineeKind.HOUSEHOLD, "Hộ ông Lê Văn Đực"), named(NomineeKind.INITIATIVE, "Sáng kiến A"));
        assertThat(proposal.getNominees()).extracting(ProposalNominee::getKind).containsExactly(NomineeKind.INDIVIDUAL,
                NomineeKind.COLLECTIVE, NomineeKind.HOUSEHOLD, NomineeKind.INITIATIVE);
        assertThat(proposal.getNominees()).extracting(ProposalNominee::getPosition).containsExactly(0, 1, 2, 3);
        assertThat(proposal.getNominees().get(1).getGender()).isNull();
        assertThat(proposal.getNominees().get(1).getBirthDate()).isNull();
        assertThat(proposal.getNominees().get(0).getGender()).isEqualTo(Gender.FEMALE);
        assertThat(proposal.getTitles()).containsExactly(giayKhen);
    }

    @Test
    void aTitleIsOnlyForTheKindsOfNomineeTheCatalogAllows() {
        assertThat(named(NomineeKind.COLLECTIVE, "Phòng 7").title()).isEqualTo(giayKhen);
        assertThatThrownBy(() -> NomineeDetails.of(NomineeKind.HOUSEHOLD, null, "Hộ bà Năm", null, null, null, ldtt,
                "Thành tích.", Set.of(), TODAY)).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.messageKey()).isEqualTo("proposal.error.titleNotForKind");
                    assertThat(e.arguments()).containsExactly("Chiến sĩ thi đua cơ sở");
                });
    }

    @Test
    void anIndividualNeedsAPositionAndABirthDateInThePastWhileACollectiveNeedsNeither() {
        assertThatThrownBy(() -> NomineeDetails.of(NomineeKind.INDIVIDUAL, null, "A", " ", null, null, ldtt, "B",
                Set.of(), TODAY)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("nomineeDetails"));
        assertThatThrownBy(() -> NomineeDetails.of(NomineeKind.INDIVIDUAL, null, "A", "B", null, TODAY.plusDays(1),
                ldtt, "C", Set.of(), TODAY)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("birthDate"));
        assertThat(named(NomineeKind.COLLECTIVE, "Phòng 7").details()).isNull();
    }

    @Test
    void aDossierNeedsANomineeAndAYearThatHasHappened() {
        assertThatThrownBy(() -> Proposal.draft("N", vksnd, HEADER, List.of(), clerk, T0))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.error.noNominee"));
        assertThatThrownBy(() -> DossierHeader.of(2027, CommendationType.MERIT, null, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("achievementYear");
                    assertThat(e.arguments()).containsExactly("2026");
                });
    }

    @Test
    void revisingKeepsRowsByPositionAndRecordsAChangeOnlyWhenSomethingChanged() {
        Proposal proposal = dossier(individual("A", ldtt), individual("B", ldtt));
        ProposalNominee first = proposal.getNominees().get(0);
        proposal.revise(HEADER, List.of(individual("A", ldtt), individual("B", ldtt)), clerk, T0.plusMinutes(1));
        assertThat(proposal.getHistory()).hasSize(1);

        proposal.revise(HEADER, List.of(individual("A", ldtt)), clerk, T0.plusMinutes(2));
        assertThat(proposal.getNominees()).singleElement().isSameAs(first);
        assertThat(proposal.getHistory()).extracting(ProposalEvent::getAction)
                .containsExactly(ProposalAction.CREATED, ProposalAction.UPDATED);
    }

    @Test
    void filesAreRecordedOnceEachAndOnlyWhileTheDossierIsEditable() {
        Proposal proposal = dossier(individual("A", ldtt));
        proposal.attach(AttachmentKind.SUBMISSION_LETTER, "Tờ trình.pdf", "application/pdf", 1200, "a".repeat(64),
                clerk, T0);
        assertThatThrownBy(() -> proposal.attach(AttachmentKind.OTHER, "Bản sao.pdf", "application/pdf", 1200,
                "a".repeat(64), clerk, T0)).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("attachment.error.duplicate");
                    assertThat(e.arguments()).containsExactly("Tờ trình.pdf");
                });
        assertThat(proposal.getHistory()).extracting(ProposalEvent::getAction)
                .containsExactly(ProposalAction.CREATED, ProposalAction.ATTACHMENT_ADDED);

        proposal.submit(clerk, T0.plusHours(1), List.of(), false);
        assertThatThrownBy(() -> proposal.attach(AttachmentKind.OTHER, "Muộn.pdf", "application/pdf", 10,
                "b".repeat(64), clerk, T0)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.error.notEditable"));
    }

    @Test
    void anErrorBlocksSubmissionAndChangesNothing() {
        Proposal proposal = dossier(individual("A", ldtt));
        assertThatThrownBy(() -> proposal.submit(clerk, T0, List.of(finding(Finding.Severity.ERROR, "discipline"),
                finding(Finding.Severity.WARNING, "w")), true))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("proposal.error.rulesBlock");
                    assertThat(e.arguments()).containsExactly(1L);
                });
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(proposal.getAcknowledgedWarnings()).isEmpty();
    }

    @Test
    void warningsPassOnlyWhenAcknowledgedAndAreKeptWithTheirEvidence() {
        Proposal proposal = dossier(individual("A", ldtt));
        List<Finding> warnings = List.of(finding(Finding.Severity.WARNING, "bk_ubnd.consecutive_cstdcs"));
        assertThatThrownBy(() -> proposal.submit(clerk, T0, warnings, false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.error.acknowledgeWarnings"));
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DRAFT);

        proposal.submit(clerk, T0, warnings, true);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(proposal.getAcknowledgedWarnings()).singleElement().satisfies(w -> {
            assertThat(w.getRule()).isEqualTo("bk_ubnd.consecutive_cstdcs");
            assertThat(w.getArguments()).containsExactly("Nguyễn Văn A");
            assertThat(w.getAcknowledgedBy()).isEqualTo("clerk");
        });
    }

    @Test
    void aTypedNameIsLinkedToAPersonWhateverItsSpacingCaseOrUnicodeForm() {
        Person person = new Person(vksnd, "Nguyễn Thị Hân", "Kiểm sát viên", Gender.FEMALE, LocalDate.of(1990, 1, 1));
        String decomposed = Normalizer.normalize("  nguyễn  thị HÂN ", Normalizer.Form.NFD);
        assertThat(person.matches(decomposed, null)).isTrue();
        assertThat(person.matches("Nguyễn Thị Hân", LocalDate.of(1990, 1, 1))).isTrue();
        assertThat(person.matches("Nguyễn Thị Hân", LocalDate.of(1991, 1, 1))).isFalse();
        assertThat(person.matches("Nguyễn Thị Hằng", null)).isFalse();
    }
}
