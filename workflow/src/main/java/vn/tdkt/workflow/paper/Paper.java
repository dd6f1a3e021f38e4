package vn.tdkt.workflow.paper;

/** A paper that a template lays out: the content records name their default template. */
public sealed interface Paper permits DecisionPaper, ProposalLetterPaper, CouncilMinutesPaper, RefusalNoticePaper {

    /** The name under which {@link TemplateSource} holds the paper's template, e.g. "decision.ftlh". */
    String templateName();
}
