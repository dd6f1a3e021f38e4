package vn.tdkt.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The migrations seed every parameter the rules read, with the values the tests take for the law of 2022: a stored
 * rule set without one would fail at the first check of a dossier.
 */
class RuleSetSeedTest {

    private static final Pattern SCALAR = Pattern.compile("\\('([a-z_.]+)', (\\d+)\\)");
    private static final Pattern ATTACHMENT_ROW = Pattern.compile(
            "\\('([A-Z_]+)',\\s+(\\d),\\s+(\\d),\\s+(\\d),\\s+(\\d),\\s+(\\d)\\)");
    // The order of the columns of V9's matrix.
    private static final List<String> COLUMNS = List.of("SUBMISSION_LETTER", "ACHIEVEMENT_REPORT", "MEETING_MINUTES",
            "INITIATIVE_CERTIFICATE", "OTHER");

    private static String migration(String name) throws IOException {
        try (InputStream in = RuleSetSeedTest.class.getResourceAsStream("/db/migration/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Integer> seeded() throws IOException {
        Map<String, Integer> seeded = new TreeMap<>();
        for (String name : List.of("V7__rule_sets.sql", "V9__rule_parameters_for_dossiers.sql",
                "V10__prime_ministers_certificate.sql")) {
            String sql = migration(name);
            Matcher scalar = SCALAR.matcher(sql);
            while (scalar.find()) {
                seeded.put(scalar.group(1), Integer.valueOf(scalar.group(2)));
            }
            Matcher row = ATTACHMENT_ROW.matcher(sql);
            while (row.find()) {
                for (int column = 0; column < COLUMNS.size(); column++) {
                    seeded.put(Eligibility.requiredAttachment(row.group(1), COLUMNS.get(column)),
                            Integer.valueOf(row.group(column + 2)));
                }
            }
        }
        return seeded;
    }

    @Test
    void everyParameterNamedInEligibilityIsSeeded() throws IOException, IllegalAccessException {
        Map<String, Integer> seeded = seeded();
        for (Field field : Eligibility.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("REQUIRED_ATTACHMENT_PREFIX")) {
                assertThat(seeded).containsKey((String) field.get(null));
            }
        }
    }

    @Test
    void theSeedIsTheLawOf2022TheTestsJudgeBy() throws IOException {
        assertThat(seeded()).isEqualTo(Law2022.parameters());
    }
}
