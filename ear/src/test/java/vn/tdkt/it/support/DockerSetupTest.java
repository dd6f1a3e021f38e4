package vn.tdkt.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks docker/Dockerfile and docker/compose.yaml against the build, statically (no Docker needed): the image
 * must be "the WildFly of the build + the same driver module + the same configure-server.cli + the EAR", carry no
 * secret and never switch on demo mode. A plain unit test (surefire) that only reads files.
 */
class DockerSetupTest {

    private static final String CLI = "ear/src/main/wildfly/configure-server.cli";
    private static final String MODULES = "ear/src/main/wildfly/modules";
    private static final String MODULE_XML = MODULES + "/org/postgresql/main/module.xml";
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|KEY).*");

    private static final Path ROOT = projectRoot();

    // ---------------------------------------------------------------------------------------------- Dockerfile

    @Test
    void theImageRunsTheSameConfigurationScriptAsTheBuild() {
        assertThat(read("ear/pom.xml"))
                .as("ear/pom.xml must configure its WildFly with src/main/wildfly/configure-server.cli; otherwise the"
                        + " tests run on a differently configured server than the production image")
                .containsPattern("<script>\\s*\\$\\{project\\.basedir\\}/src/main/wildfly/configure-server\\.cli"
                        + "\\s*</script>");

        List<String> script = withoutComments(lines(CLI));
        assertThat(script)
                .as(CLI + " must start an embedded server itself (embed-server ... stop-embedded-server): the image"
                        + " build runs jboss-cli.sh with no server, and would fail with 'not connected to a controller'")
                .isNotEmpty();
        assertThat(script.get(0)).as(CLI + " must begin with embed-server (the image build has no running server)")
                .startsWith("embed-server");
        assertThat(script.get(script.size() - 1))
                .as(CLI + " must end with stop-embedded-server, or the image build hangs or loses the changes")
                .isEqualTo("stop-embedded-server");

        List<Instruction> stage = finalStage();
        List<Instruction> cliCopies = stage.stream().filter(i -> i.is("COPY") && i.copySources().contains(CLI))
                .toList();
        assertThat(cliCopies)
                .as("docker/Dockerfile must COPY " + CLI + " (the script the build and tests use) exactly once into"
                        + " the final image; otherwise production runs an unconfigured or differently configured server")
                .hasSize(1);
        Instruction cliCopy = cliCopies.get(0);
        String scriptInImage = cliCopy.copyTarget("configure-server.cli");

        List<Instruction> cliRuns = stage.stream().filter(i -> i.is("RUN") && i.arguments().contains("jboss-cli.sh"))
                .toList();
        assertThat(cliRuns)
                .as("docker/Dockerfile must run jboss-cli.sh on the copied configure-server.cli, or the image has no"
                        + " datasource AppDS and tdkt.ear fails to deploy")
                .isNotEmpty();
        List<String> scriptsRun = new ArrayList<>();
        for (Instruction run : cliRuns) {
            assertThat(run.arguments())
                    .as("jboss-cli.sh in docker/Dockerfile must run the script only (no --command(s)): configuration"
                            + " done only in the image would be untested by ./mvnw verify")
                    .doesNotContain("--command");
            Matcher file = Pattern.compile("--file=[\"']?([^\\s\"']+)").matcher(run.arguments());
            while (file.find()) {
                scriptsRun.add(file.group(1));
            }
        }
        assertThat(scriptsRun)
                .as("docker/Dockerfile must run exactly " + CLI + " (copied to " + scriptInImage + ") with"
                        + " jboss-cli.sh --file=..., the same script ear/pom.xml runs, so the image is configured as"
                        + " the tested server")
                .containsExactly(scriptInImage);
        assertThat(stage.indexOf(cliCopy)).as("configure-server.cli must be copied before it is run")
                .isLessThan(stage.indexOf(cliRuns.get(0)));

        assertThat(stage.stream().filter(i -> i.is("COPY") || i.is("ADD")).flatMap(i -> i.copySources().stream())
                .filter(source -> source.endsWith(".cli")))
                .as("docker/Dockerfile must not bring in other jboss-cli scripts than " + CLI
                        + ": their configuration would not be covered by the tests")
                .containsExactly(CLI);
    }

    @Test
    void theImageInstallsThePostgresqlDriverModuleBeforeConfiguring() {
        List<Instruction> stage = finalStage();
        int configure = indexOf(stage, i -> i.is("RUN") && i.arguments().contains("jboss-cli.sh"));

        Optional<Instruction> moduleCopy = stage.stream()
                .filter(i -> i.is("COPY") && i.copySources().stream().anyMatch(s -> strip(s).equals(MODULES)))
                .findFirst();
        assertThat(moduleCopy)
                .as("docker/Dockerfile must COPY " + MODULES + "/ (module.xml of org.postgresql) into the server's"
                        + " modules/ directory; without it the image build fails in configure-server.cli because"
                        + " the JDBC driver module org.postgresql does not exist")
                .isPresent();
        assertThat(strip(moduleCopy.get().copyTarget(null)))
                .as("the driver module directory must be copied onto WildFly's modules/ directory")
                .endsWith("/wildfly/modules");

        String resourceRoot = match(read(MODULE_XML), "<resource-root\\s+path=\"([^\"]+)\"", MODULE_XML
                + " must name the driver jar in <resource-root path=\"...\"/>");
        Optional<Instruction> jarCopy = stage.stream()
                .filter(i -> i.is("COPY") && i.copySources().stream().anyMatch(s -> s.endsWith(".jar")
                        && fileName(s).startsWith("postgresql")))
                .findFirst();
        assertThat(jarCopy)
                .as("docker/Dockerfile must COPY the PostgreSQL JDBC jar (postgresql.jar) into the image; without it"
                        + " the module org.postgresql has no classes and the datasource AppDS cannot be created")
                .isPresent();
        String jarSource = jarCopy.get().copySources().stream().filter(s -> s.endsWith(".jar")).findFirst()
                .orElseThrow();
        assertThat(jarCopy.get().copyTarget(fileName(jarSource)))
                .as("the JDBC jar must land in modules/org/postgresql/main/ under the name module.xml expects ("
                        + resourceRoot + "), or WildFly reports the module's resource as missing and AppDS fails")
                .endsWith("/wildfly/modules/org/postgresql/main/" + resourceRoot);

        assertThat(stage.indexOf(moduleCopy.get()))
                .as("the driver module must be in place before configure-server.cli adds the jdbc-driver")
                .isLessThan(configure);
        assertThat(stage.indexOf(jarCopy.get()))
                .as("the driver jar must be in place before configure-server.cli adds the jdbc-driver")
                .isLessThan(configure);
    }

    @Test
    void theImageIsTheWildflyOfTheBuild() {
        String rootPom = read("pom.xml");
        String wildfly = match(rootPom, "<wildfly\\.version>\\s*([^<\\s]+)\\s*</wildfly\\.version>",
                "the root pom.xml must define the wildfly.version property");
        int release = Integer.parseInt(match(rootPom,
                "<maven\\.compiler\\.release>\\s*(\\d+)\\s*</maven\\.compiler\\.release>",
                "the root pom.xml must define maven.compiler.release"));

        List<Instruction> froms = instructions().stream().filter(i -> i.is("FROM")).toList();
        assertThat(froms).as("docker/Dockerfile must have a FROM").isNotEmpty();
        String image = froms.get(froms.size() - 1).arguments().split("\\s+")[0];
        Matcher tag = Pattern.compile("quay\\.io/wildfly/wildfly:(.+)-jdk(\\d+)").matcher(image);
        assertThat(tag.matches())
                .as("the final stage of docker/Dockerfile must start FROM the official image"
                        + " quay.io/wildfly/wildfly:<version>-jdk<N>, but it is " + image)
                .isTrue();
        assertThat(tag.group(1))
                .as("the WildFly image version must equal wildfly.version of the root pom.xml (" + wildfly + "):"
                        + " production would otherwise run a server the integration tests never ran on")
                .isEqualTo(wildfly);
        assertThat(Integer.parseInt(tag.group(2)))
                .as("the image's JDK must run classes compiled for Java " + release
                        + " (maven.compiler.release), or deployment fails with UnsupportedClassVersionError")
                .isGreaterThanOrEqualTo(release);
    }

    @Test
    void theBuildStageUsesTheNodeTheWebModuleFetchesForItself() {
        assertThat(read("web/pom.xml")).as("this check guards the designer build of web/pom.xml")
                .contains("NodeFetch.java", "<frontend.node.cache>${user.home}/.m2/node</frontend.node.cache>");
        List<Instruction> all = instructions();
        int lastFrom = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).is("FROM")) {
                lastFrom = i;
            }
        }
        List<Instruction> buildStage = all.subList(0, lastFrom);
        assertThat(buildStage).as("the build stage of docker/Dockerfile needs no Node.js image: web fetches its own")
                .noneMatch(i -> i.arguments().contains("--from=node:") || i.arguments().contains("/usr/local/bin/node"))
                .noneMatch(i -> i.is("FROM") && i.arguments().startsWith("node:"));
        assertThat(buildStage).as("the fetched Node.js is kept between image builds, with the Maven repository")
                .anyMatch(i -> i.is("RUN") && i.arguments().contains("--mount=type=cache,target=/root/.m2"));
        assertThat(read("docker/Dockerfile.dockerignore")).as("a host's node_modules must stay out of the image")
                .contains("**/node_modules");
    }

    @Test
    void theImageDeploysTheEarAsAnUnprivilegedUser() {
        assertThat(read("ear/pom.xml"))
                .as("ear/pom.xml must build target/tdkt.ear (finalName tdkt), the file docker/Dockerfile deploys")
                .containsPattern("<finalName>\\s*tdkt\\s*</finalName>");

        List<Instruction> stage = finalStage();
        assertThat(stage.stream().filter(i -> i.is("COPY")).anyMatch(i -> i.copySources().stream()
                .anyMatch(s -> s.endsWith("ear/target/tdkt.ear"))
                && i.copyTarget("tdkt.ear").endsWith("/standalone/deployments/tdkt.ear")))
                .as("docker/Dockerfile must COPY ear/target/tdkt.ear to standalone/deployments/tdkt.ear, or the"
                        + " container starts an empty WildFly and /tdkt answers 404")
                .isTrue();

        List<String> users = stage.stream().filter(i -> i.is("USER")).map(i -> i.arguments().strip()).toList();
        assertThat(users).as("the final stage of docker/Dockerfile must say which user runs the server").isNotEmpty();
        assertThat(users.get(users.size() - 1))
                .as("the server must run as the base image's unprivileged user jboss, not as root")
                .isEqualTo("jboss");

        assertThat(stage.stream().filter(i -> i.is("EXPOSE")).map(Instruction::arguments))
                .as("docker/Dockerfile must EXPOSE 8080, the HTTP port compose publishes")
                .anyMatch(a -> a.contains("8080"));
        String env = String.join(" ", stage.stream().filter(i -> i.is("ENV")).map(Instruction::arguments).toList());
        assertThat(env)
                .as("the JVM must get -Dfile.encoding=UTF-8 (Java 17 otherwise follows the container locale and can"
                        + " garble Vietnamese text) and an explicit -Xmx")
                .contains("-Dfile.encoding=UTF-8").containsPattern("-Xmx\\d+[mMgG]");
        assertThat(stage.stream().anyMatch(i -> i.is("HEALTHCHECK")))
                .as("docker/Dockerfile must declare a HEALTHCHECK, or docker and compose report a failed deployment as"
                        + " a running container")
                .isTrue();
    }

    @Test
    void theImageHasNoSecretAndNoDemoMode() {
        for (Instruction instruction : instructions()) {
            assertThat(instruction.arguments().toLowerCase(Locale.ROOT))
                    .as("docker/Dockerfile line " + instruction.line() + " (" + instruction.keyword() + "): demo mode"
                            + " (TDKT_DEMO / tdkt.demo) must never be set in the image, or every production container"
                            + " creates demo accounts with the password 'demo'")
                    .doesNotContain("tdkt_demo").doesNotContain("tdkt.demo");
            assertThat(instruction.arguments().toLowerCase(Locale.ROOT))
                    .as("docker/Dockerfile line " + instruction.line() + " (" + instruction.keyword() + ") mentions a"
                            + " password: anything set in the image is readable by everyone who has the image"
                            + " (docker history / inspect); passwords come from the environment at start")
                    .doesNotContain("password").doesNotContain("passwd");
        }
    }

    @Test
    void theImageAndComposeServeUsersOverHttpsOnly() {
        assertThat(instructions()).as("docker/Dockerfile must set TDKT_HTTPS=true: production is reached over HTTPS,"
                + " so the session cookie must be Secure and responses must carry HSTS")
                .anyMatch(i -> i.keyword().equals("ENV") && i.arguments().matches("(?s).*\\bTDKT_HTTPS=true\\b.*"));
        List<String> app = block(block(lines("docker/compose.yaml"), "services", 0), "app", 2);
        assertThat(environment(app).get("TDKT_HTTPS")).as("compose must keep HTTPS-only on by default")
                .isEqualTo("${TDKT_HTTPS:-true}");
    }

    // --------------------------------------------------------------------------------------------- compose.yaml

    @Test
    void composeRunsTheAppAgainstTheDatabaseWithRequiredSecrets() {
        List<String> compose = lines("docker/compose.yaml");
        List<String> services = block(compose, "services", 0);
        assertThat(services).as("docker/compose.yaml must have a services: section").isNotEmpty();
        List<String> db = block(services, "db", 2);
        List<String> app = block(services, "app", 2);
        assertThat(db).as("docker/compose.yaml must declare the service db (PostgreSQL)").isNotEmpty();
        assertThat(app).as("docker/compose.yaml must declare the service app (the TĐKT image)").isNotEmpty();

        assertThat(value(db, "image")).as("service db must run a postgres image").startsWith("postgres:");
        assertThat(String.join("\n", db))
                .as("service db needs a pg_isready health check; app waits for it, or the EAR deploys before"
                        + " PostgreSQL accepts connections and fails")
                .contains("healthcheck:").contains("pg_isready");

        List<String> build = block(app, "build", 4);
        assertThat(value(build, "context")).as("service app must build with the repository root as context (..),"
                + " or docker/Dockerfile cannot COPY the sources").isEqualTo("..");
        assertThat(value(build, "dockerfile")).as("service app must build docker/Dockerfile")
                .isEqualTo("docker/Dockerfile");
        assertThat(value(block(block(app, "depends_on", 4), "db", 6), "condition"))
                .as("service app must wait until db is healthy, or the first start fails on an unreachable database")
                .isEqualTo("service_healthy");
        assertThat(String.join("\n", block(app, "ports", 4)))
                .as("service app must publish 8080:8080, the address the README gives").contains("8080:8080");

        Map<String, String> appEnv = environment(app);
        assertThat(appEnv)
                .as("service app must pass TDKT_DB_URL, TDKT_DB_USER, TDKT_DB_PASSWORD and TDKT_ADMIN_PASSWORD:"
                        + " without them the datasource points at localhost or no administrator can sign in")
                .containsKeys("TDKT_DB_URL", "TDKT_DB_USER", "TDKT_DB_PASSWORD", "TDKT_ADMIN_PASSWORD");
        Map<String, String> dbEnv = environment(db);
        assertThat(appEnv.get("TDKT_DB_URL"))
                .as("TDKT_DB_URL must point at the compose service db and its database POSTGRES_DB, or the app"
                        + " cannot reach its database")
                .isEqualTo("jdbc:postgresql://db:5432/" + dbEnv.get("POSTGRES_DB"));
        assertThat(appEnv.get("TDKT_DB_PASSWORD"))
                .as("app's TDKT_DB_PASSWORD and db's POSTGRES_PASSWORD must be the same variable, or the app fails"
                        + " with 'password authentication failed'")
                .isEqualTo(dbEnv.get("POSTGRES_PASSWORD"));
        assertThat(appEnv.get("TDKT_DB_USER"))
                .as("app's TDKT_DB_USER and db's POSTGRES_USER must be the same, or the app's login is refused")
                .isEqualTo(dbEnv.get("POSTGRES_USER"));

        for (Map<String, String> env : List.of(dbEnv, appEnv)) {
            env.forEach((name, value) -> {
                if (SECRET_NAME.matcher(name).matches()) {
                    assertThat(value)
                            .as("docker/compose.yaml sets " + name + " to a fixed value; a secret must come from a"
                                    + " required variable ${VAR:?message}, never from the file")
                            .matches("\\$\\{[A-Za-z_][A-Za-z0-9_]*:\\?[^}]*}");
                }
            });
        }
    }

    @Test
    void composeSecretsAreRequiredAndDemoModeIsOff() {
        List<String> compose = withoutComments(lines("docker/compose.yaml"));
        Matcher variable = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)}")
                .matcher(String.join("\n", compose));
        int secrets = 0;
        while (variable.find()) {
            if (SECRET_NAME.matcher(variable.group(1)).matches()) {
                secrets++;
                assertThat(variable.group(2))
                        .as("${" + variable.group(1) + "} in docker/compose.yaml must be required (${"
                                + variable.group(1) + ":?message}); otherwise compose silently starts with an empty"
                                + " or default password")
                        .startsWith(":?");
            }
        }
        assertThat(secrets).as("docker/compose.yaml should take its passwords from variables").isPositive();

        for (String line : compose) {
            assertThat(line.toLowerCase(Locale.ROOT))
                    .as("docker/compose.yaml must not set demo mode (TDKT_DEMO / tdkt.demo): it would create demo"
                            + " accounts with the password 'demo'")
                    .doesNotContain("tdkt_demo").doesNotContain("tdkt.demo");
        }
    }

    // ------------------------------------------------------------------------------------------------- parsing

    /** One Dockerfile instruction, continuation lines joined and comment lines dropped. */
    record Instruction(String keyword, String arguments, int line) {

        boolean is(String name) {
            return keyword.equals(name);
        }

        /** COPY/ADD sources: the arguments without --flags, all but the last. */
        List<String> copySources() {
            List<String> paths = paths();
            return paths.subList(0, Math.max(0, paths.size() - 1));
        }

        /** The COPY/ADD destination; for a directory destination, the path the given file name gets there. */
        String copyTarget(String fileName) {
            List<String> paths = paths();
            String target = paths.isEmpty() ? "" : paths.get(paths.size() - 1);
            return target.endsWith("/") && fileName != null ? target + fileName : target;
        }

        private List<String> paths() {
            return List.of(arguments.strip().split("\\s+")).stream().filter(a -> !a.startsWith("--")).toList();
        }
    }

    private static List<Instruction> instructions() {
        List<String> lines = lines("docker/Dockerfile");
        List<Instruction> result = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.startsWith("#") || (line.isEmpty() && current == null)) {
                continue;
            }
            boolean continues = line.endsWith("\\");
            String part = continues ? line.substring(0, line.length() - 1).strip() : line;
            if (current == null) {
                current = new StringBuilder(part);
                start = n + 1;
            } else {
                current.append(' ').append(part);
            }
            if (!continues) {
                String[] words = current.toString().strip().split("\\s+", 2);
                result.add(new Instruction(words[0].toUpperCase(Locale.ROOT), words.length > 1 ? words[1] : "",
                        start));
                current = null;
            }
        }
        return result;
    }

    /** The instructions of the image that is shipped: those after the last FROM. */
    private static List<Instruction> finalStage() {
        List<Instruction> all = instructions();
        int lastFrom = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).is("FROM")) {
                lastFrom = i;
            }
        }
        assertThat(lastFrom).as("docker/Dockerfile must have a FROM").isNotNegative();
        return all.subList(lastFrom + 1, all.size());
    }

    private static int indexOf(List<Instruction> instructions, Predicate<Instruction> test) {
        for (int i = 0; i < instructions.size(); i++) {
            if (test.test(instructions.get(i))) {
                return i;
            }
        }
        return fail("docker/Dockerfile must run jboss-cli.sh with configure-server.cli in its final stage");
    }

    /**
     * The lines nested under {@code key:} at the given indentation (YAML block style, as compose files are
     * written); empty when the key is absent.
     */
    private static List<String> block(List<String> lines, String key, int indent) {
        Pattern header = Pattern.compile(" ".repeat(indent) + Pattern.quote(key) + ":\\s*(#.*)?");
        List<String> result = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (!inside) {
                inside = header.matcher(line).matches();
                continue;
            }
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#") && indentOf(line) <= indent) {
                break;
            }
            result.add(line);
        }
        return result;
    }

    /** The scalar value of {@code key: value} among the direct children of a block (quotes removed). */
    private static String value(List<String> block, String key) {
        Pattern entry = Pattern.compile("\\s*" + Pattern.quote(key) + ":\\s*(.*?)\\s*(\\s#.*)?");
        for (String line : block) {
            Matcher m = entry.matcher(line);
            if (m.matches()) {
                return unquote(m.group(1));
            }
        }
        return null;
    }

    /** A service's environment, written either as a map ({@code NAME: value}) or a list ({@code - NAME=value}). */
    private static Map<String, String> environment(List<String> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Pattern map = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*):\\s*(.*?)\\s*");
        Pattern list = Pattern.compile("\\s*-\\s*[\"']?([A-Za-z_][A-Za-z0-9_]*)=(.*?)[\"']?\\s*");
        for (String line : withoutComments(block(service, "environment", 4))) {
            Matcher m = map.matcher(line);
            Matcher l = list.matcher(line);
            if (m.matches()) {
                env.put(m.group(1), unquote(m.group(2)));
            } else if (l.matches()) {
                env.put(l.group(1), l.group(2));
            }
        }
        return env;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static List<String> withoutComments(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).map(String::strip).toList();
    }

    private static String match(String text, String regex, String message) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            fail(message);
        }
        return m.group(1);
    }

    private static String strip(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static List<String> lines(String relative) {
        return List.of(read(relative).split("\\R", -1));
    }

    private static String read(String relative) {
        Path file = ROOT.resolve(relative);
        assertThat(file).as(relative + " is missing (looked in " + ROOT + ")").isRegularFile();
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: surefire runs in ear/, an IDE may run in the root; walk up from either. */
    private static Path projectRoot() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("ear/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No project root (pom.xml beside ear/pom.xml) above "
                + System.getProperty("user.dir"));
    }
}
