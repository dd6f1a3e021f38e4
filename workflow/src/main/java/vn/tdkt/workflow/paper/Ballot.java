package vn.tdkt.workflow.paper;

/**
 * The council's vote on one nominee. Whether it carried is the caller's to say: the threshold is the council's rule
 * set, not the paper's.
 */
public record Ballot(String nominee, String award, int votesFor, int votesAgainst, int abstentions, int absent,
        boolean carried) {

    public Ballot {
        nominee = Require.text(nominee, "ballot nominee");
        award = Require.text(award, "ballot award");
        Require.notNegative(votesFor, "votes for");
        Require.notNegative(votesAgainst, "votes against");
        Require.notNegative(abstentions, "abstentions");
        Require.notNegative(absent, "absent");
    }

    public int members() {
        return votesFor + votesAgainst + abstentions + absent;
    }
}
