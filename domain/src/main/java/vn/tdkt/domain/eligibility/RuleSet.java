package vn.tdkt.domain.eligibility;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A dated set of rule parameters (bộ quy tắc), e.g. the 2022 law with Decree 98/2023 from 01/01/2024: the
 * thresholds that the rules read, in force from {@code effectiveFrom} until a later set takes over.
 */
public final class RuleSet {

    private final String name;
    private final LocalDate effectiveFrom;
    private final Map<String, Integer> parameters;

    public RuleSet(String name, LocalDate effectiveFrom, Map<String, Integer> parameters) {
        this.name = Objects.requireNonNull(name);
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.parameters = new TreeMap<>(parameters);
    }

    public String name() {
        return name;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** A parameter the rules need; a rule set without it is a configuration error, not a silent default. */
    public int parameter(String key) {
        Integer value = parameters.get(key);
        if (value == null) {
            throw new IllegalStateException("Rule set '" + name + "' has no parameter " + key);
        }
        return value;
    }

    public Map<String, Integer> parameters() {
        return Map.copyOf(parameters);
    }
}
