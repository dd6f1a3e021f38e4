package vn.tdkt.domain.council;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.tdkt.domain.shared.DomainException;

/**
 * The counted result of a council's secret ballot (kết quả bỏ phiếu kín): members of the council, members
 * present, and the votes for, against and abstaining. Counts only — a secret ballot stores no voter.
 */
@Embeddable
public class BallotResult {

    @Column(name = "council_members")
    private int members;

    @Column(name = "council_present")
    private int present;

    @Column(name = "votes_for")
    private int agree;

    @Column(name = "votes_against")
    private int disagree;

    @Column(name = "votes_abstain")
    private int abstain;

    protected BallotResult() {
    }

    private BallotResult(int members, int present, int agree, int disagree, int abstain) {
        this.members = members;
        this.present = present;
        this.agree = agree;
        this.disagree = disagree;
        this.abstain = abstain;
    }

    /** Checks that the counts add up: every member present cast exactly one ballot. */
    public static BallotResult of(int members, int present, int agree, int disagree, int abstain) {
        if (members <= 0) {
            throw DomainException.invalid("members", "ballot.error.members");
        }
        if (present < 0 || present > members) {
            throw DomainException.invalid("present", "ballot.error.present", members);
        }
        if (agree < 0 || disagree < 0 || abstain < 0 || agree + disagree + abstain != present) {
            throw DomainException.invalid("agree", "ballot.error.sum", present);
        }
        return new BallotResult(members, present, agree, disagree, abstain);
    }

    /** Enough members present: at least {@code quorumPercent} % of the council (practice: two thirds). */
    public boolean quorate(int quorumPercent) {
        return present * 100L >= (long) members * quorumPercent;
    }

    /** Votes for reach {@code percent} % of those present. */
    public boolean reachesOfPresent(int percent) {
        return present > 0 && agree * 100L >= (long) present * percent;
    }

    /** Votes for reach {@code percent} % of all members (stricter titles count absent members as not for). */
    public boolean reachesOfMembers(int percent) {
        return agree * 100L >= (long) members * percent;
    }

    public int getMembers() {
        return members;
    }

    public int getPresent() {
        return present;
    }

    public int getAgree() {
        return agree;
    }

    public int getDisagree() {
        return disagree;
    }

    public int getAbstain() {
        return abstain;
    }
}
