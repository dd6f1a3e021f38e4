package vn.tdkt.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tdkt.domain.proposal.AttachmentKind;
import vn.tdkt.workflow.demo.DemoDocuments;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;
import vn.tdkt.workflow.proposal.DossierAttachments;
import vn.tdkt.workflow.proposal.NomineeInput;
import vn.tdkt.workflow.proposal.ProposalInput;

/**
 * The dossier most in-server tests start from, made through the clerk's own use cases: the VKSND clerk proposes
 * one individual for Lao động tiên tiến (2025) with the two files the title requires.
 */
@ApplicationScoped
public class TestDossiers {

    private static final long LDTT = 1L;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    DossierAttachments attachments;

    @Inject
    UserDirectory users;

    /** A draft ready to submit; its id. */
    public long draft(String nominee) {
        var clerk = users.actorFor("clerk").orElseThrow();
        long id = clerkProposals.createDraft(clerk, ProposalInput.single(2025,
                NomineeInput.individual(nominee, "Kiểm sát viên", LDTT, "Hoàn thành xuất sắc nhiệm vụ năm 2025.")));
        attachments.add(clerk, id, AttachmentKind.SUBMISSION_LETTER, "tờ trình.pdf",
                DemoDocuments.pdf("To trinh " + id));
        attachments.add(clerk, id, AttachmentKind.ACHIEVEMENT_REPORT, "báo cáo.pdf",
                DemoDocuments.pdf("Bao cao " + id));
        return id;
    }

    /** The same, submitted to the unit head (warnings acknowledged); its id. */
    public long submitted(String nominee) {
        long id = draft(nominee);
        clerkProposals.submit(users.actorFor("clerk").orElseThrow(), id, true);
        return id;
    }
}
