package vn.tdkt.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.Locale;
import vn.tdkt.workflow.proposal.InboxItem;

/** An open task of the caller's inbox (hộp công việc) with the proposal it is about. */
@JsonbPropertyOrder({"taskId", "taskKey", "proposalId", "proposalNumber", "status", "nomineeName",
        "otherNominees", "titleNames", "unitName", "receivedAt", "returnReason"})
public record TaskView(String taskId, String taskKey, long proposalId, String proposalNumber, String status,
        String nomineeName, int otherNominees, String titleNames, String unitName, OffsetDateTime receivedAt,
        String returnReason) {

    static TaskView of(InboxItem item, Locale language) {
        return new TaskView(item.getTaskId(), item.getTaskKey(), item.getProposalId(), item.getProposalNumber(),
                item.getStatus().name(), item.getNomineeName(), item.getOtherNominees(),
                "en".equals(language.getLanguage()) ? item.getTitleNameEn() : item.getTitleNameVi(),
                item.getUnitName(), ApiTimes.of(item.getReceivedAt()), item.getReturnReason());
    }
}
