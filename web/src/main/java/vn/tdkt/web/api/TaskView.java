package vn.tdkt.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.Locale;
import vn.tdkt.workflow.inbox.InboxItem;

/**
 * An open task of the caller's inbox (hộp công việc) with the proposal it is about — or, for the bloc head's
 * consolidation and ballot, the bloc review it is about (no dossier exists yet: proposal id and status are null).
 */
@JsonbPropertyOrder({"taskId", "taskKey", "proposalId", "blocReviewId", "proposalNumber", "status", "nomineeName",
    "otherNominees", "titleNames", "unitName", "receivedAt", "returnReason"})
public record TaskView(String taskId, String taskKey, Long proposalId, Long blocReviewId, String proposalNumber,
        String status, String nomineeName, int otherNominees, String titleNames, String unitName,
        OffsetDateTime receivedAt, String returnReason) {

    static TaskView of(InboxItem item, Locale language) {
        return new TaskView(item.getTaskId(), item.getTaskKey(), item.isBlocReview() ? null : item.getProposalId(),
                item.getBlocReviewId(), item.getProposalNumber(),
                item.getStatus() == null ? null : item.getStatus().name(), item.getNomineeName(),
                item.getOtherNominees(),
                "en".equals(language.getLanguage()) ? item.getTitleNameEn() : item.getTitleNameVi(),
                item.getUnitName(), ApiTimes.of(item.getReceivedAt()), item.getReturnReason());
    }
}
