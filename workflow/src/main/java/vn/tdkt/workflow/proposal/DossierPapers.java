package vn.tdkt.workflow.proposal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.domain.catalog.Authority;
import vn.tdkt.domain.council.BallotResult;
import vn.tdkt.domain.decision.DecisionWording;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.proposal.ProposalAction;
import vn.tdkt.domain.proposal.ProposalEvent;
import vn.tdkt.domain.proposal.ProposalNominee;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.decision.DocumentIssuers;
import vn.tdkt.workflow.paper.Ballot;
import vn.tdkt.workflow.paper.ClasspathTemplateSource;
import vn.tdkt.workflow.paper.CouncilMinutesPaper;
import vn.tdkt.workflow.paper.DocxWriter;
import vn.tdkt.workflow.paper.Heading;
import vn.tdkt.workflow.paper.Letterhead;
import vn.tdkt.workflow.paper.Nominee;
import vn.tdkt.workflow.paper.NomineeGroup;
import vn.tdkt.workflow.paper.Paper;
import vn.tdkt.workflow.paper.PaperTemplates;
import vn.tdkt.workflow.paper.PdfRenderer;
import vn.tdkt.workflow.paper.ProposalLetterPaper;
import vn.tdkt.workflow.paper.Signature;

/**
 * The papers a dossier needs, written from what it holds: the unit's tờ trình from its nominees, and the council's
 * minutes (biên bản) from the recorded ballot — in Word for the unit to edit, sign and scan, and in PDF. They are
 * drafts: the number and the signature are the unit's, on paper or in its own system; the signed scan is what the
 * clerk attaches.
 */
@Stateless
public class DossierPapers {

    private static final PaperTemplates TEMPLATES = new PaperTemplates(new ClasspathTemplateSource());

    /** The two formats a paper is written in. */
    public enum Format {
        PDF, DOCX
    }

    @Inject
    ProposalRepository proposals;

    @Inject
    DocumentIssuers issuers;

    /** The unit's tờ trình for the dossier, for whoever may read it. */
    public byte[] proposalLetter(Actor actor, long proposalId, Format format) {
        Proposal proposal = proposals.visible(actor, proposalId);
        String unit = proposal.getUnit().getName();
        Map<String, List<Nominee>> groups = new LinkedHashMap<>();
        for (ProposalNominee nominee : proposal.getNominees()) {
            groups.computeIfAbsent(nominee.getTitle().getNameVi(), title -> new ArrayList<>())
                    .add(new Nominee(nominee.getName(), nominee.getDetails(), nominee.getAchievementReport()));
        }
        boolean withinUnit = proposal.getNominees().stream()
                .allMatch(n -> n.getTitle().getDecidedBy() == Authority.UNIT_HEAD);
        String addressee = withinUnit ? DecisionWording.text("letter.addressee.unit", unit)
                : DecisionWording.text("letter.addressee.province");
        ProposalLetterPaper paper = new ProposalLetterPaper(heading(proposal, "letter.number"),
                DecisionWording.text("letter.subject"), addressee,
                List.of(DecisionWording.text("letter.introduction", proposal.getAchievementYear(), unit)),
                groups.entrySet().stream().map(e -> new NomineeGroup(e.getKey(), e.getValue())).toList(),
                DecisionWording.text("letter.summary"), DecisionWording.text("letter.closing"),
                Arrays.asList(DecisionWording.text("letter.recipients").split("\\|")),
                new Signature(List.of(DecisionWording.text("letter.signer")),
                        actorOf(proposal, ProposalAction.APPROVED_AT_UNIT)
                                .orElse(DecisionWording.text("letter.unsigned"))));
        return write(paper, format);
    }

    /** The council's minutes from the recorded ballot; a dossier the council has not voted on has none. */
    public byte[] councilMinutes(Actor actor, long proposalId, Format format) {
        Proposal proposal = proposals.visible(actor, proposalId);
        BallotResult ballot = proposal.getBallot();
        Optional<String> secretary = actorOf(proposal, ProposalAction.COUNCIL_VOTED);
        if (ballot == null || ballot.getMembers() == 0 || secretary.isEmpty()) {
            throw new DomainException("proposal.error.notFound");
        }
        String unit = proposal.getUnit().getName();
        int absent = ballot.getMembers() - ballot.getPresent();
        boolean carried = proposal.getStatus() != ProposalStatus.NOT_PROPOSED;
        List<Ballot> ballots = proposal.getNominees().stream().map(n -> new Ballot(n.getName(),
                n.getTitle().getNameVi(), ballot.getAgree(), ballot.getDisagree(), ballot.getAbstain(), absent,
                carried)).toList();
        String chair = actorOf(proposal, ProposalAction.APPROVED_AT_UNIT)
                .orElse(DecisionWording.text("letter.unsigned"));
        CouncilMinutesPaper paper = new CouncilMinutesPaper(heading(proposal, "minutes.number"),
                DecisionWording.text("minutes.council", unit), DecisionWording.text("minutes.venue", unit), chair,
                secretary.get(), ballot.getMembers(), ballot.getPresent(),
                List.of(DecisionWording.text("minutes.agenda", unit, proposal.getNumber())), ballots,
                new Signature(List.of(DecisionWording.text("minutes.secretary")), secretary.get()),
                new Signature(List.of(DecisionWording.text("minutes.chair")), chair));
        return write(paper, format);
    }

    /** The unit's heading (under the province's body), a number left for the unit, today's date. */
    private Heading heading(Proposal proposal, String numberKey) {
        String parent = proposal.getUnit().getParent() == null ? null : proposal.getUnit().getParent().getName()
                .toUpperCase(Locale.forLanguageTag("vi"));
        return new Heading(new Letterhead(parent, proposal.getUnit().getName()
                .toUpperCase(Locale.forLanguageTag("vi"))), DecisionWording.text(numberKey),
                issuers.province().getPlace(), BusinessClock.now().toLocalDate());
    }

    /** The name of who did the last such step of the dossier. */
    private static Optional<String> actorOf(Proposal proposal, ProposalAction action) {
        List<ProposalEvent> history = proposal.getHistory();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).getAction() == action) {
                return Optional.ofNullable(history.get(i).getActorName());
            }
        }
        return Optional.empty();
    }

    private static byte[] write(Paper paper, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == Format.DOCX) {
                new DocxWriter(TEMPLATES).write(paper, out);
            } else {
                new PdfRenderer(TEMPLATES).write(paper, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
