package vn.tdkt.domain.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * An initiative (sáng kiến) that a nominee cites as the basis of a proposal, with the awards for which the register
 * shows it was already counted: an initiative serves one award only (chưa được dùng để xét tặng).
 */
public record CitedInitiative(String name, List<AwardEntry> alreadyUsedFor) {

    public CitedInitiative {
        Objects.requireNonNull(name);
        alreadyUsedFor = List.copyOf(alreadyUsedFor);
    }

    /** Not yet counted for any award, so it may found this proposal. */
    public boolean unused() {
        return alreadyUsedFor.isEmpty();
    }
}
