package vn.tdkt.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.signin.ThrottlePolicy;

/**
 * Demo data must never appear by accident: demo mode is off unless a deployment turns it on. The settings are read
 * through MicroProfile Config (SmallRye, as in the server) under the names users set: TDKT_* environment variables
 * and tdkt.* system properties.
 */
class SettingsTest {

    private static final ClassLoader DEPLOYMENT = Settings.class.getClassLoader();
    private static final int ENVIRONMENT_ORDINAL = 300;

    private Config environmentOnly;

    @AfterEach
    void clear() {
        System.clearProperty("tdkt.demo");
        System.clearProperty("tdkt.admin.password");
        System.clearProperty("tdkt.maxAttachmentMb");
        if (environmentOnly != null) {
            ConfigProviderResolver.instance().releaseConfig(environmentOnly);
        }
    }

    /** The deployment's configuration becomes exactly these environment variables, as a container would set them. */
    private void environment(Map<String, String> variables) {
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.releaseConfig(resolver.getConfig(DEPLOYMENT));
        environmentOnly = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(variables, ENVIRONMENT_ORDINAL))
                .build();
        resolver.registerConfig(environmentOnly, DEPLOYMENT);
    }

    @Test
    void demoModeIsOffByDefault() {
        assertThat(System.getenv("TDKT_DEMO")).as("this test needs TDKT_DEMO unset").isNull();
        assertThat(Settings.demoMode()).isFalse();
    }

    @Test
    void demoModeIsOnOnlyWhenSaidSo() {
        System.setProperty("tdkt.demo", "yes");
        assertThat(Settings.demoMode()).isFalse();
        System.setProperty("tdkt.demo", "true");
        assertThat(Settings.demoMode()).isTrue();
    }

    @Test
    void aBlankAdministratorPasswordCreatesNoAccount() {
        assertThat(Settings.initialAdminPassword()).isEmpty();
        System.setProperty("tdkt.admin.password", "   ");
        assertThat(Settings.initialAdminPassword()).isEmpty();
        System.setProperty("tdkt.admin.password", "Mật-khẩu-đủ-dài");
        assertThat(Settings.initialAdminPassword()).contains("Mật-khẩu-đủ-dài");
    }

    @Test
    void aPasswordIsTakenAsWrittenEvenWhereItLooksLikeAnExpression() {
        // Expanded, "${ss}" would name a property that does not exist, and the password would vanish.
        System.setProperty("tdkt.admin.password", "pa${ss}word");
        assertThat(Settings.initialAdminPassword()).contains("pa${ss}word");
    }

    @Test
    void theEnvironmentVariablesOfTheReadmeReachTheirSettings() {
        environment(Map.of("TDKT_DEMO", "true", "TDKT_ADMIN_PASSWORD", " Mật-khẩu ", "TDKT_MAX_ATTACHMENT_MB", "5",
                "TDKT_MAIL_ENABLED", "true", "TDKT_SMTP_USER", "tdkt", "TDKT_SMTP_PASSWORD", "bí mật",
                "TDKT_BASE_URL", "http://localhost:8180/tdkt/"));

        assertThat(Settings.demoMode()).isTrue();
        assertThat(Settings.initialAdminPassword()).contains("Mật-khẩu");
        assertThat(Settings.maxAttachmentBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(Settings.mailEnabled()).isTrue();
        assertThat(Settings.smtpUser()).contains("tdkt");
        assertThat(Settings.smtpPassword()).contains("bí mật");
        assertThat(Settings.baseUrl()).isEqualTo("http://localhost:8180/tdkt");
    }

    @Test
    void unsetOrBlankSettingsFallBackToTheirDefaults() {
        environment(Map.of("TDKT_MAX_ATTACHMENT_MB", " ", "TDKT_SMTP_USER", " ", "TDKT_BASE_URL", ""));

        assertThat(Settings.demoMode()).isFalse();
        assertThat(Settings.mailEnabled()).isFalse();
        assertThat(Settings.maxAttachmentBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(Settings.smtpUser()).isEmpty();
        assertThat(Settings.smtpPassword()).isEmpty();
        assertThat(Settings.baseUrl()).isEqualTo("http://localhost:8080/tdkt");
    }

    @Test
    void theSignInLimitsHaveTheirDefaultsAndAnswerToTheirVariables() {
        environment(Map.of());
        assertThat(Settings.signInAccountPolicy()).isEqualTo(new ThrottlePolicy(3, 5, Duration.ofMinutes(15)));
        assertThat(Settings.signInAddressPolicy()).isEqualTo(new ThrottlePolicy(20, 50, Duration.ofMinutes(15)));
        assertThat(Settings.trustedProxies()).isEmpty();
        assertThat(Settings.apiTokenMaxDays()).isEqualTo(365);
        assertThat(Settings.signInHashThreads()).isBetween(1, Runtime.getRuntime().availableProcessors());

        environment(Map.of("TDKT_SIGNIN_ACCOUNT_FREE_FAILURES", "2", "TDKT_SIGNIN_ACCOUNT_LOCKOUT_FAILURES", "4",
                "TDKT_SIGNIN_ADDRESS_FREE_FAILURES", "30", "TDKT_SIGNIN_ADDRESS_LOCKOUT_FAILURES", "90",
                "TDKT_SIGNIN_LOCKOUT_MINUTES", "30", "TDKT_SIGNIN_HASH_THREADS", "3",
                "TDKT_TRUSTED_PROXIES", " 10.0.0.2, ,::1 ", "TDKT_API_TOKEN_MAX_DAYS", "90"));
        assertThat(Settings.signInAccountPolicy()).isEqualTo(new ThrottlePolicy(2, 4, Duration.ofMinutes(30)));
        assertThat(Settings.signInAddressPolicy()).isEqualTo(new ThrottlePolicy(30, 90, Duration.ofMinutes(30)));
        assertThat(Settings.signInHashThreads()).isEqualTo(3);
        assertThat(Settings.trustedProxies()).containsExactlyInAnyOrder("10.0.0.2", "::1");
        assertThat(Settings.apiTokenMaxDays()).isEqualTo(90);
    }

    @Test
    void theAttachmentLimitStillAnswersToItsFormerSystemPropertyName() {
        System.setProperty("tdkt.maxAttachmentMb", "7");
        assertThat(Settings.maxAttachmentBytes()).isEqualTo(7L * 1024 * 1024);
    }

    @Test
    void theSigningVariablesReachTheirSettings() {
        environment(Map.of());
        assertThat(Settings.signingKeystore()).isEmpty();
        assertThat(Settings.signingPkcs11Library()).isEmpty();
        assertThat(Settings.signingPkcs11Slot()).isZero();
        assertThat(Settings.signingTsaUrl()).isEmpty();
        assertThat(Settings.trustedRoots()).isEmpty();

        environment(Map.of("TDKT_SIGNING_KEYSTORE", "/etc/tdkt/ubnd.p12", "TDKT_SIGNING_KEYSTORE_PASSWORD", "bí ${mật}",
                "TDKT_SIGNING_KEY_ALIAS", "ubnd", "TDKT_SIGNING_PKCS11_LIBRARY", "/usr/lib/libvgca.so",
                "TDKT_SIGNING_PKCS11_SLOT", "2", "TDKT_SIGNING_PKCS11_PIN", "123456",
                "TDKT_SIGNING_TSA_URL", "http://tsa.example.vn/tsa", "TDKT_TRUSTED_ROOTS", "/etc/tdkt/roots.pem",
                "TDKT_TRUSTED_ROOTS_PASSWORD", "changeit"));
        assertThat(Settings.signingKeystore()).contains(Path.of("/etc/tdkt/ubnd.p12"));
        assertThat(Settings.signingKeystorePassword()).contains("bí ${mật}");
        assertThat(Settings.signingKeyAlias()).contains("ubnd");
        assertThat(Settings.signingPkcs11Library()).contains(Path.of("/usr/lib/libvgca.so"));
        assertThat(Settings.signingPkcs11Slot()).isEqualTo(2);
        assertThat(Settings.signingPkcs11Pin()).contains("123456");
        assertThat(Settings.signingTsaUrl()).contains("http://tsa.example.vn/tsa");
        assertThat(Settings.trustedRoots()).contains(Path.of("/etc/tdkt/roots.pem"));
        assertThat(Settings.trustedRootsPassword()).contains("changeit");
    }
}
