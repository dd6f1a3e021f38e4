package vn.tdkt.workflow.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the approver sets out to decide: the decision steps' tasks of the dossiers to cover, the nominees left out
 * with their reasons, the date, the subject line (none: the wording the titles suggest), the signer's name and
 * signing authority (none: the body's usual one, e.g. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"). The number is not here:
 * the system issues it.
 */
public record DecisionDraft(List<String> taskIds, Map<Long, String> leftOut, LocalDate date, String subject,
        String signerName, String signingAuthority) {

    public DecisionDraft {
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
        leftOut = leftOut == null ? Map.of() : Map.copyOf(leftOut);
    }
}
