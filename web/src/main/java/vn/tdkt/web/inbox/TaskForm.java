package vn.tdkt.web.inbox;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.domain.proposal.Proposal;

/**
 * What a leader types on a task page: a comment or reason, the council's counts, the public notice's comments,
 * the decision's date, signer and the nominees it commends (all of them unless unticked; the others are left
 * out for the reason given). The decision's number is issued by the system.
 */
public class TaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String comment;
    private String reason;
    private Integer members;
    private Integer present;
    private Integer agree;
    private Integer disagree;
    private Integer abstain;
    private String noticeComments;
    private String opinion;
    private LocalDate decisionDate;
    private String signer;
    private String leftOutReason;
    private String decisionNumber;
    private String issuer;
    private List<Long> approved = new ArrayList<>();

    /** Sensible defaults: every nominee ticked, today's date, the signed-in leader as signer. */
    void prepare(Proposal proposal, String signerName, LocalDate today) {
        approved = new ArrayList<>(proposal.getNominees().stream().map(n -> n.getId()).toList());
        decisionDate = today;
        signer = signerName;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getMembers() {
        return members;
    }

    public void setMembers(Integer members) {
        this.members = members;
    }

    public Integer getPresent() {
        return present;
    }

    public void setPresent(Integer present) {
        this.present = present;
    }

    public Integer getAgree() {
        return agree;
    }

    public void setAgree(Integer agree) {
        this.agree = agree;
    }

    public Integer getDisagree() {
        return disagree;
    }

    public void setDisagree(Integer disagree) {
        this.disagree = disagree;
    }

    public Integer getAbstain() {
        return abstain;
    }

    public void setAbstain(Integer abstain) {
        this.abstain = abstain;
    }

    public String getNoticeComments() {
        return noticeComments;
    }

    public void setNoticeComments(String noticeComments) {
        this.noticeComments = noticeComments;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    /** The central decision's number, as it arrived (the board records it). */
    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    /** Who issued the central decision (Thủ tướng Chính phủ, Chủ tịch nước). */
    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getLeftOutReason() {
        return leftOutReason;
    }

    public void setLeftOutReason(String leftOutReason) {
        this.leftOutReason = leftOutReason;
    }

    public List<Long> getApproved() {
        return approved;
    }

    public void setApproved(List<Long> approved) {
        this.approved = approved;
    }

    /** The opinion asked for by a step an administrator added, with its reasons. */
    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }
}
