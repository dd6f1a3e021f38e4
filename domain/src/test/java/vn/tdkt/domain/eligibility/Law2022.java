package vn.tdkt.domain.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rule set the migrations seed for the law of 2022 with Decree 98/2023 (V7, V9, V10), for the tests. */
final class Law2022 {

    static final List<String> TITLES = List.of("LDTT", "CSTT", "CSTDCS", "CSTD_TINH", "CSTD_TOAN_QUOC", "BK_UBND",
            "GIAY_KHEN", "TTLD_TIEN_TIEN", "TTLD_XUAT_SAC", "CO_THI_DUA_UBND", "BK_TTG");
    static final List<String> KINDS = List.of("SUBMISSION_LETTER", "ACHIEVEMENT_REPORT", "MEETING_MINUTES",
            "INITIATIVE_CERTIFICATE", "OTHER");
    private static final List<String> WITH_MINUTES = List.of("CSTDCS", "CSTD_TINH", "CSTD_TOAN_QUOC", "BK_UBND",
            "CO_THI_DUA_UBND", "BK_TTG");
    private static final List<String> WITH_CERTIFICATE = List.of("CSTD_TINH", "CSTD_TOAN_QUOC", "BK_UBND");

    private Law2022() {
    }

    static Map<String, Integer> parameters() {
        Map<String, Integer> parameters = new TreeMap<>(Map.of(
                Eligibility.CSTD_TINH_CONSECUTIVE_CSTDCS, 3,
                Eligibility.BK_UBND_CONSECUTIVE_CSTDCS, 2,
                Eligibility.CSTD_TOAN_QUOC_CONSECUTIVE_CSTD_TINH, 2,
                Eligibility.CSTD_TINH_REQUIRED_INITIATIVES, 1,
                Eligibility.BK_UBND_REQUIRED_INITIATIVES, 2,
                Eligibility.CSTDCS_QUOTA_PERCENT, 15));
        for (String title : TITLES) {
            for (String kind : KINDS) {
                boolean required = switch (kind) {
                    case "SUBMISSION_LETTER", "ACHIEVEMENT_REPORT" -> true;
                    case "MEETING_MINUTES" -> WITH_MINUTES.contains(title);
                    case "INITIATIVE_CERTIFICATE" -> WITH_CERTIFICATE.contains(title);
                    default -> false;
                };
                parameters.put(Eligibility.requiredAttachment(title, kind), required ? 1 : 0);
            }
        }
        return parameters;
    }

    /** The same parameters with some changed, e.g. for a generated revision of the law. */
    static Map<String, Integer> parametersWith(Map<String, Integer> changes) {
        Map<String, Integer> parameters = parameters();
        parameters.putAll(changes);
        return parameters;
    }

    static RuleSet ruleSet() {
        return new RuleSet("Luật TĐKT 2022, Nghị định 98/2023", LocalDate.of(2024, 1, 1), parameters());
    }
}
