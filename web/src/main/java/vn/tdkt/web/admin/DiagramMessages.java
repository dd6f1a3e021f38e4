package vn.tdkt.web.admin;

import java.util.List;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.workflow.design.DiagramProblem;

/** A diagram problem in the user's language, prefixed with the element it points at. */
final class DiagramMessages {

    private DiagramMessages() {
    }

    /** The problems' texts for a page's list; with a summary error at the top of the page when there are any. */
    static List<String> show(Messages messages, List<DiagramProblem> problems) {
        if (!problems.isEmpty()) {
            messages.error(null, "designer.refused", problems.size());
        }
        return problems.stream().map(problem -> text(messages, problem)).toList();
    }

    static String text(Messages messages, DiagramProblem problem) {
        String text = messages.format(problem.getKey(), problem.getArgs());
        return problem.getElementId() == null ? text
                : messages.text("designer.problem.at", problem.getElementId(), text);
    }
}
