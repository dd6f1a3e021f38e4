package vn.tdkt.web.files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.tdkt.domain.blocreview.BlocReview;
import vn.tdkt.domain.blocreview.RankingLine;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalEvent;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.domain.register.Award;
import vn.tdkt.domain.register.Initiative;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.proposal.HistoryLabels;
import vn.tdkt.workflow.bloc.BlocReviews;
import vn.tdkt.workflow.diagram.DiagramLayout;
import vn.tdkt.workflow.diagram.InstanceDiagram;
import vn.tdkt.workflow.diagram.ProcessDiagram;
import vn.tdkt.workflow.inbox.Inbox;
import vn.tdkt.workflow.inbox.InboxFilter;
import vn.tdkt.workflow.inbox.InboxFilters;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.HistoryColumns;
import vn.tdkt.workflow.proposal.NomineeImports;
import vn.tdkt.workflow.register.AwardRegister;
import vn.tdkt.workflow.spreadsheet.ListExport;

/**
 * {@code /app/exports/…}: Excel files of the lists a clerk works with: the nominee import template, a dossier's
 * nominees, the unit's proposals, its award register, the user's inbox and a dossier's history (audit trail); column
 * headings in the user's language. Same visibility as the pages.
 */
@Path("")
@RequestScoped
@Produces(Downloads.XLSX)
public class ExportResource extends ExcelExports {

    /** Serves this resource at its URL, behind the pages' sign-in. */
    @ApplicationPath("/app/exports")
    public static class Root extends DownloadApplication {

        public Root() {
            super(ExportResource.class);
        }
    }

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    NomineeImports imports;

    @Inject
    AwardRegister awardRegister;

    @Inject
    Inbox inbox;

    @Inject
    ProcessDiagram diagrams;

    @Inject
    InboxFilters inboxFilters;

    @Inject
    BlocReviews blocReviews;

    @GET
    @Path("nominee-template.xlsx")
    public Response nomineeTemplate() {
        return Downloads.attachment(text().getString("import.template.fileName"), Downloads.XLSX, imports.template());
    }

    @GET
    @Path("nominees.xlsx")
    public Response nominees(@QueryParam("id") Long id) {
        Proposal proposal = clerkProposals.read(actor(), Downloads.required(id));
        Locale locale = locale();
        ResourceBundle text = text();
        List<List<Object>> rows = new ArrayList<>();
        // A dossier's nominees: bounded by the dossier, already read with it.
        for (ProposalNominee n : proposal.getNominees()) {
            rows.add(Arrays.asList(n.getPosition() + 1, text.getString("nomineeKind." + n.getKind()),
                    n.getName(), n.getDetails(),
                    n.getGender() == null ? null : text.getString("gender." + n.getGender()),
                    n.getBirthDate(), n.getTitle().name(locale), n.getAchievementReport()));
        }
        List<String> headers = List.of(text.getString("dossier.no"), text.getString("nominee.kind"),
                text.getString("nominee.name"), text.getString("nominee.details"), text.getString("nominee.gender"),
                text.getString("nominee.birthDate"), text.getString("proposal.title"),
                text.getString("nominee.report"));
        return sheet(proposal.getNumber() + ".xlsx", proposal.getNumber(), headers, allOf(rows));
    }

    /**
     * The audit trail of one dossier (lịch sử xử lý), one row per recorded event, oldest first; the step names come
     * from the diagram version the proposal's process runs, as its diagram shows them.
     */
    @GET
    @Path("history.xlsx")
    public Response history(@QueryParam("id") Long id) {
        Actor actor = actor();
        ResourceBundle text = text();
        Proposal proposal = clerkProposals.read(actor, Downloads.required(id));
        DiagramLayout layout = diagrams.of(actor, proposal.getId()).map(InstanceDiagram.Drawing::layout)
                .orElse(null);
        List<List<Object>> rows = new ArrayList<>();
        for (ProposalEvent e : proposal.getHistory()) {
            Role role = HistoryColumns.roleOf(e);
            String step = HistoryColumns.stepOf(e);
            String stepName = step == null ? null : layout == null || layout.nameOf(step) == null ? step
                    : layout.nameOf(step);
            rows.add(Arrays.asList(e.getOccurredAt(), HistoryLabels.actorWithUsername(e),
                    role == null ? null : text.getString("role." + role), text.getString("event." + e.getAction()),
                    e.getComment(), stepName));
        }
        List<String> headers = List.of(text.getString("history.at"), text.getString("history.who"),
                text.getString("history.role"), text.getString("history.action"), text.getString("history.remark"),
                text.getString("history.step"));
        return sheet(MessageFormat.format(text.getString("export.history.fileName"), proposal.getNumber()),
                proposal.getNumber(), headers, allOf(rows));
    }

    /** A bloc review's ranking: rank, unit, self score, peer average, final score. */
    @GET
    @Path("bloc-ranking.xlsx")
    public Response blocRanking(@QueryParam("id") Long id) {
        ResourceBundle text = text();
        BlocReview review = blocReviews.read(actor(), Downloads.required(id));
        List<List<Object>> rows = new ArrayList<>();
        for (RankingLine line : review.getRanking()) {
            rows.add(Arrays.asList(line.getRank(), line.getUnit().getName(), line.getSelfScore(),
                    line.getPeerScore(), line.getFinalScore()));
        }
        List<String> headers = List.of(text.getString("bloc.rank"), text.getString("bloc.unit"),
                text.getString("bloc.selfScore"), text.getString("bloc.peerScore"), text.getString("bloc.finalScore"));
        return sheet(
                MessageFormat.format(text.getString("export.blocRanking.fileName"), String.valueOf(review.getYear())),
                review.getBloc().getName(), headers, allOf(rows));
    }

    @GET
    @Path("inbox.xlsx")
    public Response inbox() {
        Actor actor = actor();
        ResourceBundle text = text();
        boolean english = localeSelector.isEnglish();
        List<String> headers = List.of(text.getString("proposal.number"), text.getString("inbox.task"),
                text.getString("proposal.nominee"), text.getString("export.nomineeCount"),
                text.getString("proposal.title"), text.getString("proposal.unit"), text.getString("inbox.receivedAt"),
                text.getString("inbox.dueAt"), text.getString("proposal.returnReason"));
        // Every task the inbox page shows under the user's current filter, not only the page on screen, streamed
        // from the database; one row more than the sheet holds tells that the list is longer.
        InboxFilter filter = inboxFilters.last(actor);
        return sheet(text.getString("export.inbox.fileName"), text.getString("inbox.title"), headers,
                sheet -> inbox.forEach(actor, filter, ListExport.MAX_ROWS + 1, item -> sheet.add(Arrays.asList(
                        item.getProposalNumber(), Messages.step(text, item.getTaskKey(), item.getTaskName()),
                        item.getNomineeName(), item.getOtherNominees() + 1,
                        english ? item.getTitleNameEn() : item.getTitleNameVi(), item.getUnitName(),
                        item.getReceivedAt(), item.getDueAt(), item.getReturnReason()))));
    }

    @GET
    @Path("register.xlsx")
    public Response register() {
        Actor actor = actor();
        Locale locale = locale();
        ResourceBundle text = text();
        List<String> headers = List.of(text.getString("register.year"), text.getString("nominee.name"),
                text.getString("nominee.kind"), text.getString("proposal.title"), text.getString("register.decision"),
                text.getString("register.decisionDate"), text.getString("register.issuer"),
                text.getString("register.initiatives"));
        return sheet(text.getString("export.register.fileName"), text.getString("register.title"), headers,
                sheet -> sheet.addPages((first, max) -> awardRegister.ofMyUnit(actor, first, max),
                        (Award a) -> Arrays.asList(a.getYear(), a.getNomineeName(),
                                text.getString("nomineeKind." + a.getNomineeKind()), a.getTitle().name(locale),
                                a.getDecisionNumber(), a.getDecisionDate(), a.getIssuer(),
                                a.getInitiatives().stream().map(Initiative::getName).sorted()
                                        .collect(Collectors.joining("; ")))));
    }

    @GET
    @Path("proposals.xlsx")
    public Response proposals() {
        Actor actor = actor();
        Locale locale = locale();
        ResourceBundle text = text();
        List<String> headers = List.of(text.getString("proposal.number"), text.getString("proposal.achievementYear"),
                text.getString("export.nomineeCount"), text.getString("proposal.nominee"),
                text.getString("proposal.title"), text.getString("proposal.status"),
                text.getString("proposal.createdAt"), text.getString("export.submittedAt"));
        // For the board every unit's dossiers at the board: read a page at a time, each page's entities let go.
        return sheet(text.getString("export.proposals.fileName"), text.getString("proposals.title"), headers,
                sheet -> sheet.addPages((first, max) -> clerkProposals.visibleTo(actor, first, max),
                        (Proposal p) -> Arrays.asList(p.getNumber(), p.getAchievementYear(), p.getNominees().size(),
                                p.getLeadNominee().getName(),
                                p.getTitles().stream().map(t -> t.name(locale)).collect(Collectors.joining("; ")),
                                text.getString("status." + p.getStatus()), p.getCreatedAt(), p.getSubmittedAt())));
    }
}
