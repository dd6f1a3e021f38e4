package vn.tdkt.workflow.paper;

import java.util.List;

/**
 * A unit's tờ trình to the council or board asking for awards.
 *
 * @param subject            "Về việc đề nghị tặng …"
 * @param addressee          the body after "Kính gửi:"
 * @param introduction       the paragraphs before the list (bases, the unit's emulation movement)
 * @param nominees           grouped by award
 * @param achievementSummary the paragraph on the achievements the proposal rests on
 * @param closing            the closing request paragraph
 */
public record ProposalLetterPaper(
        Heading heading,
        String subject,
        String addressee,
        List<String> introduction,
        List<NomineeGroup> nominees,
        String achievementSummary,
        String closing,
        List<String> recipients,
        Signature signature) implements Paper {

    public ProposalLetterPaper {
        Require.present(heading, "heading");
        subject = Require.text(subject, "subject");
        addressee = Require.text(addressee, "addressee");
        introduction = Require.list(introduction, "introduction", false);
        nominees = Require.list(nominees, "nominees", true);
        achievementSummary = Require.text(achievementSummary, "achievement summary");
        closing = Require.optionalText(closing);
        recipients = Require.list(recipients, "recipients", true);
        Require.present(signature, "signature");
    }

    public int nomineeCount() {
        return nominees.stream().mapToInt(g -> g.nominees().size()).sum();
    }

    @Override
    public String templateName() {
        return "proposal-letter.ftlh";
    }
}
