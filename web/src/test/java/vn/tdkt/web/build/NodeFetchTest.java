package vn.tdkt.web.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's own fetcher of Node.js and npm ({@code src/build/java/NodeFetch.java}), run as the build runs it (its
 * own JVM, with the jars the build copies for it; compiled once here instead of by the source launcher on every
 * run, which would cost two seconds each), against a registry served on loopback: a package is
 * unpacked only when its tarball matches the pinned integrity, keeps its execute bits, is reused without the
 * network, and may not write outside its folder. Off with the designer build ({@code -Dfrontend.skip=true}), whose
 * tools it needs.
 */
@DisabledIfSystemProperty(named = "tdkt.node.fetch.skip", matches = "true",
        disabledReason = "the designer build is skipped (-Dfrontend.skip=true)")
class NodeFetchTest {

    @TempDir
    static Path classes;

    @TempDir
    Path cache;

    private HttpServer registry;
    private byte[] served;

    @BeforeAll
    static void compileTheFetcher() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "--class-path", toolsClassPath(),
                System.getProperty("tdkt.node.fetch.source"));
        assertThat(status).as("NodeFetch.java compiles").isZero();
    }

    @BeforeEach
    void startRegistry() throws IOException {
        registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        registry.createContext("/tool/-/tool-1.0.0.tgz", exchange -> {
            exchange.sendResponseHeaders(200, served.length);
            exchange.getResponseBody().write(served);
            exchange.close();
        });
        registry.start();
    }

    @AfterEach
    void stopRegistry() {
        registry.stop(0);
    }

    @Test
    void aPinnedPackageIsUnpackedWithItsExecuteBitsAndThenReusedWithoutTheNetwork() throws Exception {
        served = tarball("package/bin/tool", "#!/bin/sh\necho tool\n", 0755, "package/README.md", "Công cụ", 0644);

        Run first = fetch(integrity(served));
        assertThat(first.exitCode).as(first.output).isZero();
        Path installed = cache.resolve("tool-1.0.0");
        assertThat(installed.resolve("bin/tool")).hasContent("#!/bin/sh\necho tool\n");
        assertThat(Files.getPosixFilePermissions(installed.resolve("bin/tool")))
                .contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(installed.resolve("README.md")).hasContent("Công cụ");
        assertThat(Files.getPosixFilePermissions(installed.resolve("README.md")))
                .doesNotContain(PosixFilePermission.OWNER_EXECUTE);

        registry.stop(0);
        Run second = fetch(integrity(served));
        assertThat(second.exitCode).as(second.output).isZero();
        assertThat(second.output).contains("tool@1.0.0 is in").doesNotContain("Fetching");
    }

    @Test
    void aTarballThatDoesNotMatchThePinnedIntegrityIsRefusedAndNothingIsInstalled() throws Exception {
        served = tarball("package/bin/tool", "#!/bin/sh\necho changed\n", 0755);
        byte[] pinnedOne = tarball("package/bin/tool", "#!/bin/sh\necho tool\n", 0755);

        Run run = fetch(integrity(pinnedOne));

        assertThat(run.exitCode).isNotZero();
        assertThat(run.output).contains("integrity mismatch, refusing the download");
        assertThat(cache).isEmptyDirectory();
    }

    @Test
    void anEntryThatWouldLandOutsideThePackageFolderIsRefused() throws Exception {
        served = tarball("package/../../escaped", "outside", 0644);

        Run run = fetch(integrity(served));

        assertThat(run.exitCode).isNotZero();
        assertThat(run.output).contains("tar entry outside the target folder");
        assertThat(cache.getParent().resolve("escaped")).doesNotExist();
        assertThat(cache).isEmptyDirectory();
    }

    private Run fetch(String integrity) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dregistry=http://127.0.0.1:" + registry.getAddress().getPort() + "/", "--class-path",
                classes + File.pathSeparator + toolsClassPath(), "NodeFetch", cache.toString(),
                "tool@1.0.0=" + integrity));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static String toolsClassPath() {
        try (var jars = Files.list(Path.of(System.getProperty("tdkt.node.fetch.tools")))) {
            return String.join(File.pathSeparator,
                    jars.filter(jar -> jar.toString().endsWith(".jar")).map(Path::toString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gzipped tar of (name, content, mode) triples, as the npm registry serves a package. */
    private static byte[] tarball(Object... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            for (int i = 0; i < entries.length; i += 3) {
                byte[] content = ((String) entries[i + 1]).getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry((String) entries[i], true);
                entry.setSize(content.length);
                entry.setMode((Integer) entries[i + 2]);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String integrity(byte[] tarball) throws Exception {
        return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(tarball));
    }

    private record Run(int exitCode, String output) {
    }
}
