package vn.tdkt.domain.eligibility;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Which rule set judges a proposal: the one with the latest effective date on or before its submission date. */
public final class RuleSets {

    private RuleSets() {
    }

    public static Optional<RuleSet> inForceOn(LocalDate date, Collection<RuleSet> ruleSets) {
        return ruleSets.stream()
                .filter(set -> !set.getEffectiveFrom().isAfter(date))
                .max(Comparator.comparing(RuleSet::getEffectiveFrom));
    }
}
