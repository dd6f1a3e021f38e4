import com.github.eirslett.maven.plugins.frontend.lib.NPMInstaller;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Fetches pinned npm packages (the official Node.js binary as {@code node-<os>-<arch>}, and npm itself) from the npm
 * registry into a per-user cache, so that the web module builds the designer bundle with a JDK as the only
 * prerequisite. Run by web/pom.xml with the JDK's source launcher, frontend-plugin-core and Commons Compress (with
 * its commons-io and commons-lang3) on the class path:
 *
 * <pre>
 * java --class-path JARS NodeFetch.java CACHE_DIR NAME@VERSION=INTEGRITY...
 * </pre>
 *
 * Each package is unpacked into CACHE_DIR/NAME-VERSION (the tarball's top folder "package/" stripped, file modes
 * kept), but only after the tarball's SHA-512 matched INTEGRITY, given in npm's form ({@code sha512-<base64>}, as
 * {@code dist.integrity} of the registry and package-lock.json). A folder already there is used without network.
 * Several builds may run at once: each unpacks into a temporary folder of its own and renames it into place, and
 * the first rename wins.
 * <p>
 * The project names no registry host in its files, so the registry's address is frontend-maven-plugin's default
 * npm download root (its library's constant, compiled in from the class path) without the "npm/-/" of npm's
 * own tarballs; the system property {@code registry} overrides it (a mirror). An {@code https_proxy} environment
 * variable is honoured, as npm does.
 */
public class NodeFetch {

    private static final String INTEGRITY_FILE = ".integrity";
    private static final String TEMP_PREFIX = ".tmp-";

    public static void main(String[] args) throws Exception {
        try {
            if (args.length < 2) {
                fail("usage: NodeFetch CACHE_DIR NAME@VERSION=INTEGRITY...");
            }
            Path cache = Path.of(args[0]).toAbsolutePath();
            Files.createDirectories(cache);
            removeAbandonedTemporaries(cache);
            for (int i = 1; i < args.length; i++) {
                fetch(cache, args[i]);
            }
        } catch (Failure | IOException e) {
            System.err.println("NodeFetch: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Fetches one package, given as NAME@VERSION=INTEGRITY. */
    private static void fetch(Path cache, String pinned) throws Exception {
        int equals = pinned.indexOf('=');
        String spec = equals >= 0 ? pinned.substring(0, equals) : pinned;
        String integrity = equals >= 0 ? pinned.substring(equals + 1) : "";
        int at = spec.lastIndexOf('@');
        String name = at > 0 ? spec.substring(0, at) : "";
        String version = spec.substring(at + 1);
        if (name.isBlank() || version.isBlank() || integrity.isBlank()) {
            fail("No Node.js package is pinned for this machine (os.name=" + System.getProperty("os.name")
                    + ", os.arch=" + System.getProperty("os.arch") + "; got '" + pinned
                    + "'). web/pom.xml pins one per OS and architecture in its node-* profiles: add one, or build"
                    + " without the designer with -Dfrontend.skip=true.");
        }
        if (!integrity.startsWith("sha512-")) {
            fail(spec + ": the integrity must be npm's sha512-<base64> form, not '" + integrity + "'");
        }
        Path target = cache.resolve(name.replace('/', '+') + "-" + version);
        if (isInstalled(target, spec, integrity)) {
            return;
        }
        Path temp = Files.createTempDirectory(cache, TEMP_PREFIX);
        try {
            Path tarball = temp.resolve("package.tgz");
            URI uri = tarballUri(name, version);
            System.out.println("Fetching " + spec + " from " + uri);
            try {
                download(uri, tarball);
            } catch (IOException e) {
                throw new IOException("could not fetch " + spec + ": " + e, e);
            }
            String actual = "sha512-" + Base64.getEncoder().encodeToString(sha512(tarball));
            if (!actual.equals(integrity)) {
                fail(spec + ": integrity mismatch, refusing the download. Expected " + integrity + ", got " + actual);
            }
            Path unpacked = temp.resolve("package");
            untar(tarball, unpacked);
            Files.writeString(unpacked.resolve(INTEGRITY_FILE), integrity);
            try {
                Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
                System.out.println("Installed " + spec + " (" + integrity + ") in " + target);
            } catch (IOException e) {
                // Another build installed it meanwhile (the target exists: the exception's type depends on the
                // OS); use that one if it is the same package.
                if (!isInstalled(target, spec, integrity)) {
                    throw e;
                }
            }
        } finally {
            deleteRecursively(temp);
        }
    }

    private static boolean isInstalled(Path target, String spec, String integrity) throws IOException {
        if (!Files.isDirectory(target)) {
            return false;
        }
        Path marker = target.resolve(INTEGRITY_FILE);
        String installed = Files.isRegularFile(marker) ? Files.readString(marker).trim() : "";
        if (!installed.equals(integrity)) {
            fail(target + " holds " + spec + " with integrity '" + installed + "', but " + integrity
                    + " is pinned: delete that folder to fetch the pinned package again.");
        }
        System.out.println(spec + " is in " + target);
        return true;
    }

    private static URI tarballUri(String name, String version) {
        String registry = System.getProperty("registry", "");
        if (registry.isBlank()) {
            String npmRoot = NPMInstaller.DEFAULT_NPM_DOWNLOAD_ROOT;
            if (!npmRoot.endsWith("/npm/-/")) {
                fail("frontend-maven-plugin's default npm download root is not <registry>/npm/-/ any more: " + npmRoot
                        + "; pass the registry with -Dfrontend.npm.registry=...");
            }
            registry = npmRoot.substring(0, npmRoot.length() - "npm/-/".length());
        }
        if (!registry.endsWith("/")) {
            registry += "/";
        }
        // The registry's tarball address: <registry>/<name>/-/<name without scope>-<version>.tgz
        String unscoped = name.substring(name.lastIndexOf('/') + 1);
        return URI.create(registry + name + "/-/" + unscoped + "-" + version + ".tgz");
    }

    private static void download(URI uri, Path file) throws IOException, InterruptedException {
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30));
        String proxy = System.getenv("https_proxy") != null ? System.getenv("https_proxy")
                : System.getenv("HTTPS_PROXY");
        if (proxy != null && !proxy.isBlank()) {
            URI proxyUri = URI.create(proxy.contains("://") ? proxy : "http://" + proxy);
            builder.proxy(ProxySelector.of(new InetSocketAddress(proxyUri.getHost(),
                    proxyUri.getPort() > 0 ? proxyUri.getPort() : 80)));
        }
        HttpClient client = builder.build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10)).GET().build();
        IOException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                HttpResponse<Path> response = client.send(request, HttpResponse.BodyHandlers.ofFile(file));
                if (response.statusCode() == 200) {
                    return;
                }
                last = new IOException("HTTP " + response.statusCode() + " for " + uri);
                if (response.statusCode() < 500) {
                    break;
                }
            } catch (IOException e) {
                last = e;
            }
            System.out.println("Download failed (" + last.getMessage() + "), attempt " + attempt + " of 3");
            Thread.sleep(2000L * attempt);
        }
        throw last;
    }

    private static byte[] sha512(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-512");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return digest.digest();
    }

    /**
     * Unpacks a gzipped tar into {@code into}, without its first path element ("package/" in npm tarballs), keeping
     * the execute bits where the file system has POSIX permissions. Entries other than files and folders (links,
     * devices) do not occur in the packages fetched here and are refused, as are paths leaving {@code into}.
     */
    static void untar(Path tarball, Path into) throws IOException {
        Files.createDirectories(into);
        Path root = into.toAbsolutePath().normalize();
        boolean posix = Files.getFileAttributeView(root, PosixFileAttributeView.class) != null;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GZIPInputStream(Files.newInputStream(tarball), 1 << 16))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null;) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash >= 0 ? name.substring(slash + 1) : "";
                Path path = root.resolve(relative).normalize();
                if (!path.startsWith(root)) {
                    throw new IOException("tar entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (isRegularFile(entry) && !relative.isEmpty()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    if (posix) {
                        addExecuteBits(path, entry.getMode());
                    }
                } else {
                    throw new IOException("unsupported tar entry (only files and folders below the top folder): "
                            + name);
                }
            }
        }
    }

    // Not TarArchiveEntry.isFile(): that one is also true for links and devices.
    private static boolean isRegularFile(TarArchiveEntry entry) {
        return entry.getLinkFlag() == TarConstants.LF_NORMAL || entry.getLinkFlag() == TarConstants.LF_OLDNORM;
    }

    private static void addExecuteBits(Path file, int mode) throws IOException {
        Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
        if ((mode & 0100) != 0) {
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
        }
        if ((mode & 0010) != 0) {
            permissions.add(PosixFilePermission.GROUP_EXECUTE);
        }
        if ((mode & 0001) != 0) {
            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        Files.setPosixFilePermissions(file, permissions);
    }

    /** Temporary folders of builds that were killed a day or more ago. */
    private static void removeAbandonedTemporaries(Path cache) throws IOException {
        FileTime dayAgo = FileTime.from(Instant.now().minus(Duration.ofDays(1)));
        try (Stream<Path> children = Files.list(cache)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                if (child.getFileName().toString().startsWith(TEMP_PREFIX)
                        && Files.getLastModifiedTime(child).compareTo(dayAgo) < 0) {
                    deleteRecursively(child);
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void fail(String message) {
        throw new Failure(message);
    }

    /** A failure with its reason for the build log, after the temporary files were removed. */
    private static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
