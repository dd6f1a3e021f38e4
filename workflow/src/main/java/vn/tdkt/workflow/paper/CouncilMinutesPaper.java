package vn.tdkt.workflow.paper;

import java.util.List;

/**
 * The minutes (biên bản) of a council meeting that voted on nominees.
 *
 * @param council        the council's name, e.g. "Hội đồng Thi đua - Khen thưởng tỉnh Tây Ninh"
 * @param venue          where it met
 * @param chair          who chaired, with position
 * @param secretary      who took the minutes, with position
 * @param members        members of the council
 * @param membersPresent members at the meeting
 * @param agenda         the paragraphs on what was discussed
 * @param ballots        every nominee's vote; each accounts for all members (for, against, abstaining, absent)
 */
public record CouncilMinutesPaper(
        Heading heading,
        String council,
        String venue,
        String chair,
        String secretary,
        int members,
        int membersPresent,
        List<String> agenda,
        List<Ballot> ballots,
        Signature secretarySignature,
        Signature chairSignature) implements Paper {

    public CouncilMinutesPaper {
        Require.present(heading, "heading");
        council = Require.text(council, "council");
        venue = Require.text(venue, "venue");
        chair = Require.text(chair, "chair");
        secretary = Require.text(secretary, "secretary");
        if (members <= 0) {
            throw new IllegalArgumentException("members must be positive: " + members);
        }
        if (membersPresent < 0 || membersPresent > members) {
            throw new IllegalArgumentException(
                    "members present must be between 0 and " + members + ": " + membersPresent);
        }
        agenda = Require.list(agenda, "agenda", false);
        ballots = Require.list(ballots, "ballots", true);
        for (Ballot ballot : ballots) {
            if (ballot.members() != members) {
                throw new IllegalArgumentException("the ballot on " + ballot.nominee() + " counts " + ballot.members()
                        + " members, the council has " + members);
            }
        }
        Require.present(secretarySignature, "secretary signature");
        Require.present(chairSignature, "chair signature");
    }

    public int membersAbsent() {
        return members - membersPresent;
    }

    @Override
    public String templateName() {
        return "council-minutes.ftlh";
    }
}
