import com.github.eirslett.maven.plugins.frontend.lib.NPMInstaller;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
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

/**
 * Fetches pinned npm packages (the official Node.js binary as {@code node-<os>-<arch>}, and npm itself) from the npm
 * registry into a per-user cache, so that the web module builds the designer bundle with a JDK as the only
 * prerequisite. Run by web/pom.xml with the JDK's source launcher:
 *
 * <pre>
 * java --class-path frontend-plugin-core.jar NodeFetch.java CACHE_DIR NAME@VERSION=INTEGRITY...
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
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.digest();
    }

    /**
     * Unpacks a gzipped tar (ustar, with pax or GNU long names) of regular files into {@code into}, without its
     * first path element ("package/" in npm tarballs), keeping the owner's execute bit where the file system has
     * POSIX permissions. Other entry types (links, devices) do not occur in the packages fetched here and are
     * refused.
     */
    static void untar(Path tarball, Path into) throws IOException {
        Files.createDirectories(into);
        Path root = into.toAbsolutePath().normalize();
        boolean posix = Files.getFileAttributeView(root, PosixFileAttributeView.class) != null;
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tarball), 1 << 16))) {
            byte[] header = new byte[512];
            String longName = null;
            while (true) {
                if (!readFully(in, header)) {
                    break;
                }
                if (isZero(header)) {
                    break;
                }
                long size = parseNumber(header, 124, 12);
                char type = (char) header[156];
                if (type == 'x' || type == 'L') {
                    byte[] data = readEntry(in, size);
                    longName = type == 'L' ? cString(data, 0, data.length) : paxPath(data);
                    continue;
                }
                if (type == 'g') {
                    readEntry(in, size);
                    continue;
                }
                String name = longName != null ? longName : ustarName(header);
                longName = null;
                int slash = name.indexOf('/');
                String relative = slash >= 0 ? name.substring(slash + 1) : "";
                Path path = root.resolve(relative).normalize();
                if (!path.startsWith(root)) {
                    throw new IOException("tar entry outside the target folder: " + name);
                }
                if (type == '5') {
                    Files.createDirectories(path);
                    skipEntry(in, size);
                } else if (type == '0' || type == '\0') {
                    if (relative.isEmpty()) {
                        throw new IOException("tar entry without a path below the top folder: " + name);
                    }
                    Files.createDirectories(path.getParent());
                    try (OutputStream out = Files.newOutputStream(path)) {
                        copy(in, out, size);
                    }
                    skipPadding(in, size);
                    long mode = parseNumber(header, 100, 8);
                    if (posix && (mode & 0100) != 0) {
                        Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(path));
                        permissions.add(PosixFilePermission.OWNER_EXECUTE);
                        if ((mode & 0010) != 0) {
                            permissions.add(PosixFilePermission.GROUP_EXECUTE);
                        }
                        if ((mode & 0001) != 0) {
                            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                        }
                        Files.setPosixFilePermissions(path, permissions);
                    }
                } else {
                    throw new IOException("unsupported tar entry type '" + type + "': " + name);
                }
            }
        }
    }

    private static String ustarName(byte[] header) {
        String name = cString(header, 0, 100);
        boolean ustar = cString(header, 257, 5).equals("ustar");
        String prefix = ustar ? cString(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** The "path" record of a pax extended header ("LEN path=VALUE\n" records), or null. */
    private static String paxPath(byte[] data) {
        int i = 0;
        while (i < data.length) {
            int space = i;
            while (space < data.length && data[space] != ' ') {
                space++;
            }
            if (space >= data.length) {
                break;
            }
            int length = Integer.parseInt(new String(data, i, space - i, StandardCharsets.US_ASCII));
            if (length <= 0) {
                break;
            }
            String record = new String(data, space + 1, i + length - space - 2, StandardCharsets.UTF_8);
            if (record.startsWith("path=")) {
                return record.substring("path=".length());
            }
            i += length;
        }
        return null;
    }

    private static long parseNumber(byte[] header, int offset, int length) {
        if ((header[offset] & 0x80) != 0) {
            // GNU base-256 for large numbers.
            long value = header[offset] & 0x7f;
            for (int i = 1; i < length; i++) {
                value = (value << 8) | (header[offset + i] & 0xff);
            }
            return value;
        }
        String text = cString(header, offset, length).trim();
        return text.isEmpty() ? 0 : Long.parseLong(text, 8);
    }

    private static String cString(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean readFully(InputStream in, byte[] block) throws IOException {
        int read = in.readNBytes(block, 0, block.length);
        if (read == 0) {
            return false;
        }
        if (read < block.length) {
            throw new EOFException("truncated tar header");
        }
        return true;
    }

    private static byte[] readEntry(InputStream in, long size) throws IOException {
        byte[] data = in.readNBytes((int) size);
        if (data.length < size) {
            throw new EOFException("truncated tar entry");
        }
        skipPadding(in, size);
        return data;
    }

    private static void skipEntry(InputStream in, long size) throws IOException {
        in.skipNBytes(size);
        skipPadding(in, size);
    }

    private static void skipPadding(InputStream in, long size) throws IOException {
        long padding = (512 - size % 512) % 512;
        in.skipNBytes(padding);
    }

    private static void copy(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException("truncated tar entry");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
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
