package vn.tdkt.workflow.certificate;

import java.util.List;

/** A blank layout that breaks the rules, with every problem found (not only the first), so one edit fixes them. */
public class InvalidLayoutException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<LayoutProblem> problems;

    InvalidLayoutException(List<LayoutProblem> problems) {
        super(String.join("; ", problems.stream().map(LayoutProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<LayoutProblem> problems() {
        return problems;
    }
}
