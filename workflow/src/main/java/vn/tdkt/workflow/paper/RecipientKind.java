package vn.tdkt.workflow.paper;

/** The groups of an annex, in the order the decree's practice lists them; the labels are the templates'. */
public enum RecipientKind {
    COLLECTIVE,
    INDIVIDUAL,
    HOUSEHOLD
}
