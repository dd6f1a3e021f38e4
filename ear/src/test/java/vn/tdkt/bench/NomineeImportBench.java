package vn.tdkt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.it.support.NomineeSheets;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.ImportOutcome;
import vn.tdkt.workflow.proposal.NomineeImports;
import vn.tdkt.workflow.proposal.NomineeInput;
import vn.tdkt.workflow.proposal.ProposalInput;

/**
 * Server time of importing a 2,000-row nominee list into a dossier (target: under 10 s), measured inside WildFly
 * on PostgreSQL through the application service: parse, check every row, link people, store, judge. Reports the
 * timings of several rounds; asserts only that every row was imported.
 */
@ExtendWith(ArquillianExtension.class)
class NomineeImportBench {

    private static final int ROWS = 2_000;
    private static final int ROUNDS = 5;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    NomineeImports imports;

    @Inject
    UserDirectory users;

    @Test
    void importTwoThousandRows() {
        Actor clerk = users.actorFor("clerk").orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(Arrays.asList("Cá nhân", "Nguyễn Văn Thành " + i, "Chiến sĩ, Đội " + (i % 40),
                    i % 2 == 0 ? "Nam" : "Nữ",
                    String.format("%02d/%02d/19%02d", 1 + i % 28, 1 + i % 12, 60 + i % 40), "LDTT",
                    "Hoàn thành tốt nhiệm vụ năm 2025; tích cực tham gia phong trào thi đua «Vì an ninh Tổ quốc»."));
        }
        byte[] file = NomineeSheets.filled(Map.of("LDTT", "Lao động tiên tiến"), rows);
        List<Long> millis = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long id = clerkProposals.createDraft(clerk, ProposalInput.single(2025,
                    NomineeInput.individual("Người đầu danh sách", "Cán bộ", 1L, "Hoàn thành tốt nhiệm vụ.")));
            long start = System.nanoTime();
            ImportOutcome outcome = imports.importInto(clerk, id, file, NomineeImports.Mode.ALL_OR_NOTHING);
            long importMillis = (System.nanoTime() - start) / 1_000_000;
            long reviewStart = System.nanoTime();
            clerkProposals.review(clerk, id);
            long reviewMillis = (System.nanoTime() - reviewStart) / 1_000_000;
            assertThat(outcome.getImported()).isEqualTo(ROWS);
            millis.add(importMillis);
            System.out.printf(
                    "BENCH nominee import: round %d, %d rows (%d KB): import %d ms, rules on the dossier %d ms%n",
                    round + 1, ROWS, file.length / 1024, importMillis, reviewMillis);
        }
        List<Long> warm = millis.subList(1, millis.size()).stream().sorted().toList();
        System.out.printf("BENCH nominee import: first (cold) %d ms; warm median %d ms, max %d ms%n",
                millis.get(0), warm.get(warm.size() / 2), warm.get(warm.size() - 1));
    }
}
