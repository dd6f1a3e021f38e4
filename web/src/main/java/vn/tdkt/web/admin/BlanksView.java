package vn.tdkt.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.LocaleSelector;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.certificate.BlankLayoutRefused;
import vn.tdkt.workflow.certificate.BlankLayouts;
import vn.tdkt.workflow.certificate.BlankLayouts.LayoutDocument;
import vn.tdkt.workflow.certificate.BlankLayouts.TitleBlank;
import vn.tdkt.workflow.certificate.LayoutProblem;

/**
 * Backing bean of {@code admin/blanks.xhtml}: the titles with the blank each prints on, and the layout text of one
 * of them in an editor below. A refused text stays in the editor as typed, with its problems listed by line, so
 * that nothing the administrator wrote is lost.
 */
@Named
@ViewScoped
public class BlanksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BlankLayouts layouts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    LocaleSelector localeSelector;

    /** A problem of the text as the page lists it: where, and what is wrong in the user's language. */
    public record ProblemRow(Integer line, String key, String text, String detail) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private List<TitleBlank> blanks;
    private TitleBlank selected;
    private String text;
    /** The stored version the editor's text was read at; null when it started from the default. */
    private Long version;
    private List<ProblemRow> problems = List.of();

    public void load() {
        blanks = layouts.blanks(currentUser.actor());
    }

    public void edit(TitleBlank blank) {
        open(blank.titleId());
    }

    public void save() {
        if (selected == null) {
            return;
        }
        try {
            layouts.save(currentUser.actor(), selected.titleId(), text, version);
            problems = List.of();
            messages.infoAt(null, "blanks.saved", name(selected));
            open(selected.titleId());
            load();
        } catch (BlankLayoutRefused e) {
            problems = rows(e.problems());
            messages.error(null, e.messageKey(), e.arguments());
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void reset() {
        if (selected == null) {
            return;
        }
        try {
            layouts.resetToDefault(currentUser.actor(), selected.titleId());
            messages.infoAt(null, "blanks.resetDone", name(selected));
            open(selected.titleId());
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    private void open(long titleId) {
        LayoutDocument document = layouts.read(currentUser.actor(), titleId);
        selected = document.blank();
        text = document.text();
        version = document.version();
        problems = List.of();
    }

    /** Each code's text from the bundles, with the line and the field key it concerns. */
    private List<ProblemRow> rows(List<LayoutProblem> found) {
        List<ProblemRow> rows = new ArrayList<>();
        for (LayoutProblem problem : found) {
            rows.add(new ProblemRow(problem.line() > 0 ? problem.line() : null, problem.key(),
                    messages.text(problem.code(), problem.line(), problem.key() == null ? "" : problem.key()),
                    problem.message()));
        }
        return rows;
    }

    /** The title's name in the page's language. */
    public String name(TitleBlank blank) {
        return localeSelector.isEnglish() ? blank.nameEn() : blank.nameVi();
    }

    public List<TitleBlank> getBlanks() {
        return blanks;
    }

    public TitleBlank getSelected() {
        return selected;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isCustom() {
        return selected != null && selected.custom();
    }

    public LocalDateTime getUpdatedAt() {
        return selected == null ? null : selected.updatedAt();
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }
}
