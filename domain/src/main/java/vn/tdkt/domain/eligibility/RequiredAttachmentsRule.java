package vn.tdkt.domain.eligibility;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The components a dossier must hold (thành phần hồ sơ, Law on Emulation and Commendation 2022, art. 84) for the
 * titles it proposes: tờ trình, báo cáo thành tích, biên bản họp xét, giấy chứng nhận sáng kiến… Which title needs
 * which kind is data: the rule set's parameter {@code required_attachment.<TITLE_CODE>.<KIND>} is 1 when required,
 * 0 when not. A title without any such parameter is a configuration error, as for every other rule: silence would
 * let an incomplete dossier through. One finding per missing kind, naming the titles that need it.
 */
public final class RequiredAttachmentsRule implements DossierRule {

    public static final String RULE = "required_attachments";

    /** The attachment kinds the titles need, each with the titles that need it; both in name order. */
    static SortedMap<String, SortedSet<String>> required(Collection<String> titleCodes, RuleSet ruleSet) {
        Map<String, Integer> parameters = ruleSet.getParameters();
        SortedMap<String, SortedSet<String>> required = new TreeMap<>();
        for (String titleCode : new TreeSet<>(titleCodes)) {
            String prefix = Eligibility.REQUIRED_ATTACHMENT_PREFIX + titleCode + ".";
            Map<String, Integer> ofTitle = parameters.entrySet().stream()
                    .filter(parameter -> parameter.getKey().startsWith(prefix))
                    .collect(Collectors.toMap(parameter -> parameter.getKey().substring(prefix.length()),
                            Map.Entry::getValue));
            if (ofTitle.isEmpty()) {
                throw new IllegalStateException(
                        "Rule set '" + ruleSet.getName() + "' has no parameter " + prefix + "*");
            }
            ofTitle.forEach((kind, value) -> {
                if (value > 0) {
                    required.computeIfAbsent(kind, k -> new TreeSet<>()).add(titleCode);
                }
            });
        }
        required.replaceAll((kind, titles) -> Collections.unmodifiableSortedSet(titles));
        return Collections.unmodifiableSortedMap(required);
    }

    /**
     * The message of a missing kind. The key names the kind, so that the sentence names the document in the
     * reader's language; it is composed from its parts because only kinds known to the bundles may appear
     * (EligibilityMessagesTest renders the key of every attachment kind).
     */
    static String messageKey(String kind) {
        return String.join(".", "eligibility", "missingAttachment", kind);
    }

    @Override
    public List<Finding> check(Dossier dossier, RuleSet ruleSet) {
        Map<String, String> titleNames = new LinkedHashMap<>();
        dossier.candidacies().forEach(candidacy -> titleNames.putIfAbsent(candidacy.proposedTitleCode(),
                candidacy.proposedTitleName()));
        return required(titleNames.keySet(), ruleSet).entrySet().stream()
                .filter(requirement -> !dossier.attachmentKinds().contains(requirement.getKey()))
                .map(missing -> new Finding(Finding.Severity.ERROR, RULE, messageKey(missing.getKey()),
                        List.of(dossier.unitName(), missing.getValue().stream().map(titleNames::get)
                                .collect(Collectors.joining(", ")))))
                .toList();
    }
}
