package vn.tdkt.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalEvent;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.domain.register.Award;
import vn.tdkt.domain.register.Initiative;
import vn.tdkt.web.proposal.HistoryLabels;
import vn.tdkt.workflow.diagram.DiagramLayout;
import vn.tdkt.workflow.diagram.InstanceDiagram;
import vn.tdkt.workflow.diagram.ProcessDiagram;
import vn.tdkt.workflow.inbox.Inbox;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.HistoryColumns;
import vn.tdkt.workflow.inbox.InboxFilters;
import vn.tdkt.workflow.inbox.InboxItem;
import vn.tdkt.workflow.proposal.NomineeImports;
import vn.tdkt.workflow.register.AwardRegister;
import vn.tdkt.workflow.spreadsheet.ListExport;

/**
 * {@code /app/exports/…}: Excel files of the lists a clerk works with: the nominee import template, a dossier's
 * nominees, the unit's proposals, its award register, the user's inbox and a dossier's history (audit trail); column
 * headings in the user's language. Same visibility as the pages.
 */
@WebServlet("/app/exports/*")
public class ExportServlet extends ExcelExportServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClerkProposals clerkProposals;

    @Inject
    transient NomineeImports imports;

    @Inject
    transient AwardRegister awardRegister;

    @Inject
    transient Inbox inbox;

    @Inject
    transient ProcessDiagram diagrams;

    @Inject
    transient InboxFilters inboxFilters;

    @Inject
    transient vn.tdkt.workflow.bloc.BlocReviews blocReviews;

    @Override
    boolean export(String name, HttpServletRequest request, HttpServletResponse response, Actor actor,
            ResourceBundle text) throws IOException {
        switch (name) {
            case "nominee-template.xlsx" -> Downloads.send(response, text.getString("import.template.fileName"),
                    Downloads.XLSX, imports.template(), false);
            case "nominees.xlsx" -> nominees(request, response, actor, text);
            case "proposals.xlsx" -> proposals(response, actor, text);
            case "register.xlsx" -> register(response, actor, text);
            case "inbox.xlsx" -> inbox(response, actor, text);
            case "history.xlsx" -> history(request, response, actor, text);
            case "bloc-ranking.xlsx" -> blocRanking(request, response, actor, text);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void nominees(HttpServletRequest request, HttpServletResponse response, Actor actor,
            ResourceBundle text) throws IOException {
        Proposal proposal = clerkProposals.read(actor, Long.parseLong(request.getParameter("id")));
        Locale locale = localeSelector.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (ProposalNominee n : proposal.getNominees()) {
            rows.add(java.util.Arrays.asList(n.getPosition() + 1, text.getString("nomineeKind." + n.getKind()),
                    n.getName(), n.getDetails(), n.getGender() == null ? null : text.getString("gender." + n.getGender()),
                    n.getBirthDate(), n.getTitle().name(locale), n.getAchievementReport()));
        }
        List<String> headers = List.of(text.getString("dossier.no"), text.getString("nominee.kind"),
                text.getString("nominee.name"), text.getString("nominee.details"), text.getString("nominee.gender"),
                text.getString("nominee.birthDate"), text.getString("proposal.title"), text.getString("nominee.report"));
        byte[] xlsx = new ListExport().write(proposal.getNumber(), headers, rows);
        Downloads.send(response, proposal.getNumber() + ".xlsx", Downloads.XLSX, xlsx, false);
    }

    /**
     * The audit trail of one dossier (lịch sử xử lý), one row per recorded event, oldest first; the step names come
     * from the diagram version the proposal's process runs, as its diagram shows them.
     */
    private void history(HttpServletRequest request, HttpServletResponse response, Actor actor,
            ResourceBundle text) throws IOException {
        Proposal proposal = clerkProposals.read(actor, Long.parseLong(request.getParameter("id")));
        DiagramLayout layout = diagrams.of(actor, proposal.getId()).map(InstanceDiagram.Drawing::layout)
                .orElse(null);
        List<List<Object>> rows = new ArrayList<>();
        for (ProposalEvent e : proposal.getHistory()) {
            Role role = HistoryColumns.roleOf(e);
            String step = HistoryColumns.stepOf(e);
            String stepName = step == null ? null : layout == null || layout.nameOf(step) == null ? step
                    : layout.nameOf(step);
            rows.add(java.util.Arrays.asList(e.getOccurredAt(), HistoryLabels.actorWithUsername(e),
                    role == null ? null : text.getString("role." + role), text.getString("event." + e.getAction()),
                    e.getComment(), stepName));
        }
        List<String> headers = List.of(text.getString("history.at"), text.getString("history.who"),
                text.getString("history.role"), text.getString("history.action"), text.getString("history.remark"),
                text.getString("history.step"));
        Downloads.send(response, MessageFormat.format(text.getString("export.history.fileName"), proposal.getNumber()),
                Downloads.XLSX, new ListExport().write(proposal.getNumber(), headers, rows), false);
    }

    /** A bloc review's ranking: rank, unit, self score, peer average, final score. */
    private void blocRanking(HttpServletRequest request, HttpServletResponse response, Actor actor,
            ResourceBundle text) throws IOException {
        vn.tdkt.domain.blocreview.BlocReview review = blocReviews.read(actor, Long.parseLong(request.getParameter("id")));
        List<List<Object>> rows = new ArrayList<>();
        for (vn.tdkt.domain.blocreview.RankingLine line : review.getRanking()) {
            rows.add(java.util.Arrays.asList(line.getRank(), line.getUnit().getName(), line.getSelfScore(),
                    line.getPeerScore(), line.getFinalScore()));
        }
        List<String> headers = List.of(text.getString("bloc.rank"), text.getString("bloc.unit"),
                text.getString("bloc.selfScore"), text.getString("bloc.peerScore"), text.getString("bloc.finalScore"));
        Downloads.send(response, MessageFormat.format(text.getString("export.blocRanking.fileName"), String.valueOf(review.getYear())),
                Downloads.XLSX, new ListExport().write(review.getBloc().getName(), headers, rows), false);
    }

    private void inbox(HttpServletResponse response, Actor actor, ResourceBundle text) throws IOException {
        boolean english = localeSelector.isEnglish();
        List<List<Object>> rows = new ArrayList<>();
        // Every task the inbox page shows under the user's current filter, not only the page on screen.
        for (InboxItem item : inbox.all(actor, inboxFilters.last(actor))) {
            rows.add(java.util.Arrays.asList(item.getProposalNumber(),
                    vn.tdkt.web.i18n.Messages.step(text, item.getTaskKey(), item.getTaskName()),
                    item.getNomineeName(), item.getOtherNominees() + 1,
                    english ? item.getTitleNameEn() : item.getTitleNameVi(), item.getUnitName(),
                    item.getReceivedAt(), item.getDueAt(), item.getReturnReason()));
        }
        List<String> headers = List.of(text.getString("proposal.number"), text.getString("inbox.task"),
                text.getString("proposal.nominee"), text.getString("export.nomineeCount"),
                text.getString("proposal.title"), text.getString("proposal.unit"), text.getString("inbox.receivedAt"),
                text.getString("inbox.dueAt"), text.getString("proposal.returnReason"));
        Downloads.send(response, text.getString("export.inbox.fileName"), Downloads.XLSX,
                new ListExport().write(text.getString("inbox.title"), headers, rows), false);
    }

    private void register(HttpServletResponse response, Actor actor, ResourceBundle text) throws IOException {
        Locale locale = localeSelector.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (Award a : awardRegister.ofMyUnit(actor)) {
            rows.add(java.util.Arrays.asList(a.getYear(), a.getNomineeName(),
                    text.getString("nomineeKind." + a.getNomineeKind()), a.getTitle().name(locale),
                    a.getDecisionNumber(), a.getDecisionDate(), a.getIssuer(),
                    a.getInitiatives().stream().map(Initiative::getName).sorted().collect(Collectors.joining("; "))));
        }
        List<String> headers = List.of(text.getString("register.year"), text.getString("nominee.name"),
                text.getString("nominee.kind"), text.getString("proposal.title"), text.getString("register.decision"),
                text.getString("register.decisionDate"), text.getString("register.issuer"),
                text.getString("register.initiatives"));
        byte[] xlsx = new ListExport().write(text.getString("register.title"), headers, rows);
        Downloads.send(response, text.getString("export.register.fileName"), Downloads.XLSX, xlsx, false);
    }

    private void proposals(HttpServletResponse response, Actor actor, ResourceBundle text) throws IOException {
        Locale locale = localeSelector.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        for (Proposal p : clerkProposals.visibleTo(actor)) {
            rows.add(java.util.Arrays.asList(p.getNumber(), p.getAchievementYear(), p.getNominees().size(),
                    p.getLeadNominee().getName(),
                    p.getTitles().stream().map(t -> t.name(locale)).collect(Collectors.joining("; ")),
                    text.getString("status." + p.getStatus()), p.getCreatedAt(), p.getSubmittedAt()));
        }
        List<String> headers = List.of(text.getString("proposal.number"), text.getString("proposal.achievementYear"),
                text.getString("export.nomineeCount"), text.getString("proposal.nominee"),
                text.getString("proposal.title"), text.getString("proposal.status"),
                text.getString("proposal.createdAt"), text.getString("export.submittedAt"));
        byte[] xlsx = new ListExport().write(text.getString("proposals.title"), headers, rows);
        Downloads.send(response, text.getString("export.proposals.fileName"), Downloads.XLSX, xlsx, false);
    }
}
