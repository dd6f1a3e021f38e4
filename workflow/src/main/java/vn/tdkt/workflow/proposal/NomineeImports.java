package vn.tdkt.workflow.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Gender;
import vn.tdkt.domain.proposal.NomineeDetails;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.spreadsheet.ImportResult;
import vn.tdkt.workflow.spreadsheet.NomineeImport;
import vn.tdkt.workflow.spreadsheet.NomineeRow;
import vn.tdkt.workflow.spreadsheet.NomineeTemplate;

/**
 * Import of a nominee list from Excel into a saved dossier (nhập danh sách từ Excel): every row is checked like a
 * typed nominee; the clerk chooses whether an invalid row stops the whole import or only the valid rows are
 * added. Either way the import is one transaction, and a refused import changes nothing.
 */
@Stateless
public class NomineeImports {

    /** What to do when some rows are invalid. */
    public enum Mode {
        /** Any invalid row: nothing is imported (the default). */
        ALL_OR_NOTHING,
        /** The valid rows are imported, the invalid ones reported. */
        VALID_ROWS
    }

    @Inject
    ProposalRepository proposals;

    @Inject
    NomineeResolver resolver;

    /** The empty template with the catalog's titles on its instructions sheet. */
    public byte[] template() {
        return new NomineeTemplate().write(catalog());
    }

    /** Reads the file and adds its nominees to the dossier's list, after those already there. */
    public ImportOutcome importInto(Actor clerk, long proposalId, byte[] content, Mode mode) {
        Proposal proposal = proposals.visible(clerk, proposalId);
        ImportResult read = new NomineeImport().read(new ByteArrayInputStream(content), content.length, catalog());
        List<ImportOutcome.Issue> issues = new ArrayList<>();
        read.errors().forEach(e -> issues.add(ImportOutcome.Issue.of(e)));
        boolean fileRefused = read.errors().stream().anyMatch(e -> e.row() == 0);

        Map<String, Long> titleIds = proposals.activeTitles().stream()
                .collect(Collectors.toMap(Title::getCode, Title::getId));
        List<NomineeInput> inputs = read.rows().stream().map(row -> input(row, titleIds)).toList();
        LocalDate today = BusinessClock.now().toLocalDate();
        List<Object> checked = resolver.resolveEach(proposal.getUnit(), inputs, today);
        List<NomineeDetails> accepted = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            if (checked.get(i) instanceof NomineeDetails details) {
                accepted.add(details);
            } else {
                issues.add(
                        ImportOutcome.Issue.ofRule(read.rows().get(i).rowNumber(), (DomainException) checked.get(i)));
            }
        }
        issues.sort(Comparator.comparingInt(ImportOutcome.Issue::getRow));
        if (fileRefused || accepted.isEmpty() || (!issues.isEmpty() && mode == Mode.ALL_OR_NOTHING)) {
            return new ImportOutcome(read.dataRows(), 0, issues);
        }
        List<NomineeDetails> all = new ArrayList<>(proposal.getNominees().stream().map(ProposalNominee::details)
                .toList());
        all.addAll(accepted);
        proposal.revise(proposal.header(), all, clerk, BusinessClock.now());
        Transitions.guarded("proposal.error.changedMeanwhile", proposal.getNumber(), proposals::flush);
        return new ImportOutcome(read.dataRows(), accepted.size(), issues);
    }

    private static NomineeInput input(NomineeRow row, Map<String, Long> titleIds) {
        Gender gender = row.gender() == null ? null
                : NomineeRow.FEMALE.equals(row.gender()) ? Gender.FEMALE : Gender.MALE;
        return new NomineeInput(row.kind(), row.name(), row.position(), gender, row.birthDate(),
                titleIds.get(row.titleCode()), row.achievementSummary(), List.of());
    }

    private Map<String, String> catalog() {
        return proposals.activeTitles().stream()
                .collect(Collectors.toMap(Title::getCode, Title::getNameVi, (a, b) -> a, LinkedHashMap::new));
    }
}
