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

    static Optional<String> value(String environmentVariable, String systemProperty) {
        String fromEnv = System.getenv(environmentVariable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.strip());
        }
        return Optional.ofNullable(System.getProperty(systemProperty)).map(String::strip);
    }
}
