package vn.tdkt.web.admin;

import vn.tdkt.web.i18n.Messages;
import vn.tdkt.workflow.design.DiagramProblem;

/** A diagram problem in the user's language, prefixed with the element it points at. */
final class DiagramMessages {

    private DiagramMessages() {
    }

    static String text(Messages messages, DiagramProblem problem) {
        String text = messages.format(problem.getKey(), problem.getArgs());
        return problem.getElementId() == null ? text : messages.text("designer.problem.at", problem.getElementId(), text);
    }
}
