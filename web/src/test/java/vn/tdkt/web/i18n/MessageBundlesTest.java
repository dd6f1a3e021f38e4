package vn.tdkt.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.proposal.ProposalAction;
import vn.tdkt.domain.proposal.ProposalStatus;
import vn.tdkt.domain.signin.SecurityEventKind;
import vn.tdkt.domain.signin.TokenStatus;

/**
 * Every text a user can see exists in Vietnamese and in English: the two bundles hold the same keys, every key a
 * view names is in them, and so is every message key the Java code raises.
 */
class MessageBundlesTest {

    private static final Path WEB_MODULE = Path.of(System.getProperty("user.dir"));
    private static final Pattern VIEW_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:validation|proposal|task|error|user|unit|login|review|eligibility|ruleSet|import|attachment|movement|bloc|award|api|notification|inbox|token|security|profile)\\.[A-Za-z0-9_.-]+)\"");

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishHoldTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("en").stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(bundle("vi").stringPropertyNames()));
    }

    @Test
    void theVietnameseBundleIsReallyVietnamese() throws IOException {
        assertThat(bundle("vi").getProperty("status.APPROVED_AT_UNIT")).isEqualTo("Đã duyệt cấp đơn vị");
    }

    @Test
    void everyKeyAViewNamesExists() throws IOException {
        Set<String> used = keysIn(WEB_MODULE.resolve("src/main/webapp"), ".xhtml", VIEW_KEY);
        assertThat(used).isNotEmpty();
        assertThat(bundle("vi").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyMessageKeyTheCodeRaisesExists() throws IOException {
        Set<String> raised = new TreeSet<>();
        for (String module : new String[] {"domain", "workflow", "web"}) {
            raised.addAll(keysIn(WEB_MODULE.resolve("../" + module + "/src/main/java"), ".java", JAVA_KEY));
        }
        // A literal ending in a dot is a prefix completed at run time (e.g. "notification.outcome." + status); an
        // export's file name (inbox.xlsx) is not a key.
        raised.removeIf(key -> key.endsWith(".") || key.endsWith(".xlsx"));
        assertThat(raised).contains("proposal.error.notFound", "task.error.alreadyHandled");
        assertThat(bundle("vi").stringPropertyNames()).containsAll(raised);
    }

    @Test
    void everyStatusActionRoleAndSecurityEventHasALabel() throws IOException {
        Properties vi = bundle("vi");
        for (ProposalStatus status : ProposalStatus.values()) {
            assertThat(vi).containsKey("status." + status);
        }
        for (ProposalAction action : ProposalAction.values()) {
            assertThat(vi).containsKey("event." + action);
        }
        for (Role role : Role.values()) {
            assertThat(vi).containsKey("role." + role);
        }
        for (SecurityEventKind kind : SecurityEventKind.values()) {
            assertThat(vi).containsKey("security.kind." + kind);
        }
        for (TokenStatus status : TokenStatus.values()) {
            assertThat(vi).containsKey("token.status." + status);
        }
        for (String kind : new String[] {"forbidden", "not-found", "expired", "error"}) {
            assertThat(vi).containsKeys("error." + kind + ".title", "error." + kind + ".text");
        }
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
