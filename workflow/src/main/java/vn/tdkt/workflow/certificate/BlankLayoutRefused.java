package vn.tdkt.workflow.certificate;

import java.util.List;
import vn.tdkt.domain.shared.DomainException;

/**
 * A layout an administrator tried to save that breaks the rules. A {@link DomainException} so that it reaches the
 * page as itself and rolls the transaction back (nothing of it is stored); it carries every problem with its line
 * and key, because one summary message would leave the administrator hunting for the lines to fix.
 */
public class BlankLayoutRefused extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Transient like {@link InvalidLayoutException#problems()}: the exception is only passed by reference. */
    private final transient List<LayoutProblem> problems;

    BlankLayoutRefused(List<LayoutProblem> problems) {
        super("blankLayout.error.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<LayoutProblem> problems() {
        return problems;
    }
}
