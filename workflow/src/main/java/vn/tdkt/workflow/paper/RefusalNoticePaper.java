package vn.tdkt.workflow.paper;

import java.util.List;

/** The notice (thông báo) to the nominees not commended, each with the reason. */
public record RefusalNoticePaper(
        Heading heading,
        String subject,
        List<String> introduction,
        List<Refusal> refusals,
        List<String> recipients,
        Signature signature) implements Paper {

    public RefusalNoticePaper {
        Require.present(heading, "heading");
        subject = Require.text(subject, "subject");
        introduction = Require.list(introduction, "introduction", false);
        refusals = Require.list(refusals, "refusals", true);
        recipients = Require.list(recipients, "recipients", true);
        Require.present(signature, "signature");
    }

    @Override
    public String templateName() {
        return "refusal-notice.ftlh";
    }
}
