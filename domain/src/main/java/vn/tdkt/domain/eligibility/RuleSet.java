package vn.tdkt.domain.eligibility;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * A dated set of rule parameters (bộ quy tắc), e.g. the 2022 law with Decree 98/2023 from 01/01/2024: the
 * thresholds that the rules read, in force from {@code effectiveFrom} until a later set takes over. A set that
 * is already in force never changes, so that a proposal is judged later exactly as it was when submitted; a
 * change of the law is a new set with its own date.
 */
@Entity
@Table(name = "rule_set")
public class RuleSet {

    @Id
    @SequenceGenerator(name = "rule_set_seq", sequenceName = "rule_set_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_set_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "effective_from", nullable = false, unique = true)
    private LocalDate effectiveFrom;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rule_set_parameter", joinColumns = @JoinColumn(name = "rule_set_id"))
    @MapKeyColumn(name = "name", length = 100)
    @Column(name = "value", nullable = false)
    private Map<String, Integer> parameters = new TreeMap<>();

    protected RuleSet() {
    }

    public RuleSet(String name, LocalDate effectiveFrom, Map<String, Integer> parameters) {
        this.name = Texts.required("name", name, 200, false);
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        parameters.forEach(this::put);
    }

    /**
     * A new set that starts from this one's parameters, for a change that takes effect later; its date must
     * lie after {@code today}, so that nothing already submitted is judged by it.
     */
    public RuleSet successor(String name, LocalDate effectiveFrom, LocalDate today) {
        if (effectiveFrom == null || !effectiveFrom.isAfter(today)) {
            throw DomainException.invalid("effectiveFrom", "ruleSet.error.notInFuture");
        }
        return new RuleSet(name, effectiveFrom, parameters);
    }

    /** Changes a parameter of a set that is not yet in force. */
    public void changeParameter(String key, int value, LocalDate today) {
        if (!effectiveFrom.isAfter(today)) {
            throw new DomainException("ruleSet.error.inForce", name);
        }
        if (!parameters.containsKey(key)) {
            throw DomainException.invalid(key, "ruleSet.error.unknownParameter");
        }
        put(key, value);
    }

    private void put(String key, int value) {
        if (value < 0) {
            throw DomainException.invalid(key, "ruleSet.error.negative");
        }
        parameters.put(Objects.requireNonNull(key), value);
    }

    public boolean inForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date);
    }

    public Long getId() {
        return id;
    }

    /** A parameter the rules need; a rule set without it is a configuration error, not a silent default. */
    public int parameter(String key) {
        Integer value = parameters.get(key);
        if (value == null) {
            throw new IllegalStateException("Rule set '" + name + "' has no parameter " + key);
        }
        return value;
    }

    public String getName() {
        return name;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    /** The parameters by name, in name order; a copy. */
    public Map<String, Integer> getParameters() {
        return new TreeMap<>(parameters);
    }
}
