package vn.tdkt.workflow.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.tdkt.domain.signin.ThrottlePolicy;

/**
 * Deployment settings, read through MicroProfile Config (the server's microprofile-config-smallrye subsystem). Each
 * is set as an environment variable ({@code TDKT_DEMO}) or, for launchers and tests that start the server, as the
 * matching system property ({@code tdkt.demo}): MicroProfile Config looks a property up in the environment under
 * its name with every character other than a letter or digit turned into "_" and in upper case. When both are set,
 * the system property wins (MicroProfile Config's order); any other config source of the server works as well.
 */
public final class Settings {

    private Settings() {
    }

    /** Demo mode creates the demo units, accounts and proposals; never on in a production configuration. */
    public static boolean demoMode() {
        return value("tdkt.demo").map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * The address users reach the application at ({@code TDKT_BASE_URL}) when it is set: printed in the
     * certificates' QR codes, which outlive any request, and given to the signing service on a signer's PC.
     * Unset, those use the address of the request at hand ({@link #baseUrl()} falls back to localhost, right for
     * mails in development only).
     */
    public static Optional<String> publicUrl() {
        return value("tdkt.base.url").map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** The first administrator's password for a production start; no account is created without it. */
    public static Optional<String> initialAdminPassword() {
        return value("tdkt.admin.password");
    }

    /**
     * The largest file a dossier accepts, in megabytes ({@code TDKT_MAX_ATTACHMENT_MB}, default 20): scanned
     * certificates and reports are a few MB; the limit keeps one upload from filling the database.
     */
    public static long maxAttachmentBytes() {
        // The system property was called tdkt.maxAttachmentMb before, a name the environment variable does not map to.
        long megabytes = value("tdkt.max.attachment.mb").or(() -> value("tdkt.maxAttachmentMb"))
                .map(Long::parseLong).orElse(20L);
        return megabytes * 1024 * 1024;
    }

    /**
     * Whether notifications are also mailed ({@code TDKT_MAIL_ENABLED}, default false: in-app only). The SMTP
     * server itself is the server's mail session {@code java:jboss/mail/TDKT} (configure-server.cli).
     */
    public static boolean mailEnabled() {
        return value("tdkt.mail.enabled").map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * The SMTP account, when the server wants one ({@code TDKT_SMTP_USER} / {@code TDKT_SMTP_PASSWORD}). Read
     * here rather than in the mail session: the server's session would turn an empty user into a login attempt.
     */
    public static Optional<String> smtpUser() {
        return value("tdkt.smtp.user");
    }

    public static Optional<String> smtpPassword() {
        return value("tdkt.smtp.password");
    }

    /**
     * Whether users reach the application over HTTPS only ({@code TDKT_HTTPS}, default false; true in the docker
     * image, which is meant to run behind a TLS proxy): the session cookie is then {@code Secure} and every response
     * tells browsers to keep to HTTPS (HSTS). Off for a start on a workstation over plain HTTP.
     */
    public static boolean httpsOnly() {
        return value("tdkt.https").map(Boolean::parseBoolean).orElse(false);
    }

    /** The address users reach the application at, for links in mails ({@code TDKT_BASE_URL}). */
    public static String baseUrl() {
        String url = value("tdkt.base.url").orElse("http://localhost:8080/tdkt");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * How failed sign-ins of one account name are throttled: {@code TDKT_SIGNIN_ACCOUNT_FREE_FAILURES} (default 3)
     * cost nothing, then each attempt waits 1 s, 2 s… after the last failure; {@code TDKT_SIGNIN_ACCOUNT_LOCKOUT_FAILURES}
     * (default 5) lock the name out for {@code TDKT_SIGNIN_LOCKOUT_MINUTES} (default 15). Read on every attempt, so
     * a change applies at once.
     */
    public static ThrottlePolicy signInAccountPolicy() {
        return new ThrottlePolicy(integer("tdkt.signin.account.free.failures", 3),
                integer("tdkt.signin.account.lockout.failures", 5), signInLockout());
    }

    /**
     * How failed sign-ins from one client address are throttled: {@code TDKT_SIGNIN_ADDRESS_FREE_FAILURES} (default
     * 20: an office behind one address mistypes too) and {@code TDKT_SIGNIN_ADDRESS_LOCKOUT_FAILURES} (default 50),
     * with the same lockout as accounts.
     */
    public static ThrottlePolicy signInAddressPolicy() {
        return new ThrottlePolicy(integer("tdkt.signin.address.free.failures", 20),
                integer("tdkt.signin.address.lockout.failures", 50), signInLockout());
    }

    private static Duration signInLockout() {
        return Duration.ofMinutes(integer("tdkt.signin.lockout.minutes", 15));
    }

    /**
     * How many password hashes may be computed at once ({@code TDKT_SIGNIN_HASH_THREADS}; default half the
     * processors, at least one): sign-ins beyond it wait briefly or are asked to retry, so that a burst of them
     * never takes every core from the pages of users already signed in.
     */
    public static int signInHashThreads() {
        return Math.max(1, integer("tdkt.signin.hash.threads", Runtime.getRuntime().availableProcessors() / 2));
    }

    /**
     * How long an API call with HTTP Basic credentials is held before it is refused when its address has failed
     * too often or its name is locked out ({@code TDKT_SIGNIN_TARPIT_MILLIS}, default 1000; 0 answers at once): a
     * script hammering the API from such an address then gets one answer a second per connection instead of
     * thousands. Read whenever such a call arrives, so a change applies at once.
     */
    public static Duration signInTarpit() {
        return Duration.ofMillis(integer("tdkt.signin.tarpit.millis", 1_000));
    }

    /**
     * The addresses of reverse proxies in front of the server ({@code TDKT_TRUSTED_PROXIES}, comma-separated; none
     * by default). Only a request from one of them has its client address taken from {@code X-Forwarded-For}:
     * anyone else could write any address there and escape the throttling of failed sign-ins.
     */
    public static Set<String> trustedProxies() {
        return value("tdkt.trusted.proxies").map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /** The longest lifetime of a personal API token, in days ({@code TDKT_API_TOKEN_MAX_DAYS}, default 365). */
    public static int apiTokenMaxDays() {
        return integer("tdkt.api.token.max.days", 365);
    }

    /**
     * The organisation's signing key as a PKCS#12 file ({@code TDKT_SIGNING_KEYSTORE}, a path on the server), its
     * password ({@code TDKT_SIGNING_KEYSTORE_PASSWORD}) and, when the file holds several keys, the alias of the one to
     * sign with ({@code TDKT_SIGNING_KEY_ALIAS}). Unset: the organisation signs with a PKCS#11 token, or not at all.
     */
    public static Optional<Path> signingKeystore() {
        return value("tdkt.signing.keystore").map(Path::of);
    }

    public static Optional<String> signingKeystorePassword() {
        return value("tdkt.signing.keystore.password");
    }

    public static Optional<String> signingKeyAlias() {
        return value("tdkt.signing.key.alias");
    }

    /**
     * The organisation's key on a PKCS#11 token or HSM: the vendor's library ({@code TDKT_SIGNING_PKCS11_LIBRARY},
     * a path to its .so), the slot ({@code TDKT_SIGNING_PKCS11_SLOT}, default 0) and the PIN
     * ({@code TDKT_SIGNING_PKCS11_PIN}). The alias of {@code TDKT_SIGNING_KEY_ALIAS} chooses among its keys too.
     */
    public static Optional<Path> signingPkcs11Library() {
        return value("tdkt.signing.pkcs11.library").map(Path::of);
    }

    public static int signingPkcs11Slot() {
        return integer("tdkt.signing.pkcs11.slot", 0);
    }

    public static Optional<String> signingPkcs11Pin() {
        return value("tdkt.signing.pkcs11.pin");
    }

    /**
     * The RFC 3161 time-stamp authority the organisation's signatures are stamped by ({@code TDKT_SIGNING_TSA_URL});
     * unset, they carry only the claimed signing time (PAdES BASELINE-B instead of BASELINE-T).
     */
    public static Optional<String> signingTsaUrl() {
        return value("tdkt.signing.tsa.url");
    }

    /**
     * The root certificates signatures are trusted up to ({@code TDKT_TRUSTED_ROOTS}: a PEM file of one or more
     * certificates, or a PKCS#12 file with {@code TDKT_TRUSTED_ROOTS_PASSWORD}), normally the national root CAs.
     * Unset, validation reports the trust of a chain as not checked.
     */
    public static Optional<Path> trustedRoots() {
        return value("tdkt.trusted.roots").map(Path::of);
    }

    public static Optional<String> trustedRootsPassword() {
        return value("tdkt.trusted.roots.password");
    }

    private static int integer(String property, int absent) {
        return value(property).map(Integer::parseInt).orElse(absent);
    }

    /**
     * The setting's value as given, without surrounding blanks; empty when unset or blank. The raw value: a
     * password may contain "${", which MicroProfile Config would otherwise expand as a reference to another
     * property. The configuration is the one of this deployment's class loader, not of whatever thread asks (the
     * engine's job executor and the mail executor call in too).
     */
    static Optional<String> value(String property) {
        String raw = ConfigProvider.getConfig(Settings.class.getClassLoader()).getConfigValue(property).getRawValue();
        return Optional.ofNullable(raw).map(String::strip).filter(v -> !v.isEmpty());
    }
}
