package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.eligibility.AwardEntry;
import vn.tdkt.domain.eligibility.Candidacy;
import vn.tdkt.domain.eligibility.CitedInitiative;
import vn.tdkt.domain.eligibility.Eligibility;
import vn.tdkt.domain.eligibility.RuleSet;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.eligibility.RuleSetCatalog;
import vn.tdkt.workflow.organisation.UserDirectory;

/** The stored rule sets in WildFly on PostgreSQL: the law's seed, and a prepared future change. */
@ExtendWith(ArquillianExtension.class)
class RuleSetCatalogIT {

    @Inject
    RuleSetCatalog catalog;

    @Inject
    UserDirectory users;

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }

    /** Two CSTĐCS years and an initiative not yet used, so that only the run of years decides. */
    private static Candidacy twoGrassrootsYears(int year) {
        return new Candidacy("Nguyễn Văn A", "CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", year,
                List.of(new AwardEntry(year - 1, "CSTDCS"), new AwardEntry(year, "CSTDCS")), false,
                List.of(new CitedInitiative("Số hóa hồ sơ", List.of())));
    }

    @Test
    void theMigrationsSeedTheLawsRuleSetsWithVietnameseNames() {
        assertThat(catalog.all(actor("admin"))).extracting(RuleSet::getName)
                .contains("Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP", "Nghị định 152/2025/NĐ-CP");
    }

    @Test
    void aFutureChangeDoesNotAffectTodaysProposalsButJudgesThoseSubmittedFromItsDate() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long law = catalog.all(actor("admin")).stream().filter(set -> set.inForceOn(today)).findFirst()
                .orElseThrow().getId();
        LocalDate effective = today.plusYears(3);
        long revision = catalog.prepareSuccessor(actor("admin"), law, "Dự thảo Luật sửa đổi", effective);
        catalog.changeParameters(actor("admin"), revision, Map.of(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, 2));

        assertThat(catalog.check(twoGrassrootsYears(today.getYear()), today)).singleElement()
                .satisfies(finding -> assertThat(finding.arguments()).containsExactly("Nguyễn Văn A", 2,
                        (today.getYear() - 1) + ", " + today.getYear(), 3));
        assertThat(catalog.check(twoGrassrootsYears(effective.getYear()), effective)).isEmpty();

        // The set in force stays frozen; a second set on the same date is refused.
        assertThatThrownBy(() -> catalog.changeParameters(actor("admin"), law,
                Map.of(Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, 1))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> catalog.prepareSuccessor(actor("admin"), law, "Trùng ngày", effective))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ruleSet.error.dateTaken"));
    }

    @Test
    void everyStoredRuleSetSaysWhichFilesEveryTitleOfTheCatalogNeeds() {
        for (RuleSet set : catalog.all(actor("admin"))) {
            for (var title : catalog.titles()) {
                assertThat(Eligibility.requiredAttachments(List.of(title.getCode()), set))
                        .as(set.getName() + " / " + title.getCode())
                        .containsKeys("SUBMISSION_LETTER", "ACHIEVEMENT_REPORT");
            }
        }
    }

    @Test
    void onlyAdministratorsSeeOrChangeRuleSets() {
        for (String username : List.of("clerk", "leader", "clerk2")) {
            assertThatThrownBy(() -> catalog.all(actor(username))).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.forbidden"));
            assertThatThrownBy(() -> catalog.prepareSuccessor(actor(username), 1L, "X",
                    LocalDate.now().plusYears(5))).isInstanceOf(DomainException.class);
        }
    }
}
