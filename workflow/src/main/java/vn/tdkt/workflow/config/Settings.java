package vn.tdkt.workflow.config;

import java.util.Optional;

/**
 * Deployment settings. Each is read from an environment variable ({@code TDKT_DEMO}) or, for launchers and
 * tests that start the server, from the matching system property ({@code tdkt.demo}).
 */
public final class Settings {

    private Settings() {
    }

    /** Demo mode creates the demo units, accounts and proposals; never on in a production configuration. */
    public static boolean demoMode() {
        return value("TDKT_DEMO", "tdkt.demo").map(Boolean::parseBoolean).orElse(false);
    }

    /** The first administrator's password for a production start; no account is created without it. */
    public static Optional<String> initialAdminPassword() {
        return value("TDKT_ADMIN_PASSWORD", "tdkt.admin.password").filter(p -> !p.isBlank());
    }

    /**
     * The largest file a dossier accepts, in megabytes ({@code TDKT_MAX_ATTACHMENT_MB}, default 20): scanned
     * certificates and reports are a few MB; the limit keeps one upload from filling the database.
     */
    public static long maxAttachmentBytes() {
        long megabytes = value("TDKT_MAX_ATTACHMENT_MB", "tdkt.maxAttachmentMb").map(Long::parseLong).orElse(20L);
        return megabytes * 1024 * 1024;
    }

    /**
     * Whether notifications are also mailed ({@code TDKT_MAIL_ENABLED}, default false: in-app only). The SMTP
     * server itself is the server's mail session {@code java:jboss/mail/TDKT} (configure-server.cli).
     */
    public static boolean mailEnabled() {
        return value("TDKT_MAIL_ENABLED", "tdkt.mail.enabled").map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * The SMTP account, when the server wants one ({@code TDKT_SMTP_USER} / {@code TDKT_SMTP_PASSWORD}). Read
     * here rather than in the mail session: the server's session would turn an empty user into a login attempt.
     */
    public static Optional<String> smtpUser() {
        return value("TDKT_SMTP_USER", "tdkt.smtp.user").filter(u -> !u.isBlank());
    }

    public static Optional<String> smtpPassword() {
        return value("TDKT_SMTP_PASSWORD", "tdkt.smtp.password");
    }

    /** The address users reach the application at, for links in mails ({@code TDKT_BASE_URL}). */
    public static String baseUrl() {
        String url = value("TDKT_BASE_URL", "tdkt.base.url").filter(u -> !u.isBlank())
                .orElse("http://localhost:8080/tdkt");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static Optional<String> value(String environmentVariable, String systemProperty) {
        String fromEnv = System.getenv(environmentVariable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.strip());
        }
        return Optional.ofNullable(System.getProperty(systemProperty)).map(String::strip);
    }
}
