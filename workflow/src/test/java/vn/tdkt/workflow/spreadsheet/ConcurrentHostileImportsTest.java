package vn.tdkt.workflow.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory test of the import: four hostile uploads (each under the 10 MB limit, each unpacking to about 150 MB
 * of shared strings) imported at the same moment in a JVM with the server's heap, of which the application's own
 * share is taken first. Every import must end with its refusal, and nothing may run out of memory.
 */
class ConcurrentHostileImportsTest {

    /** The server's heap in production and with the run command ({@code docker/Dockerfile}, {@code DevServer}). */
    private static final String SERVER_HEAP = "-Xmx1g";

    /** What the application itself holds in that heap (heap used 240–390 MB, {@code stack.md}), as ballast. */
    private static final int APPLICATION_MEGABYTES = 384;

    private static final long PART_BYTES = 150L * 1024 * 1024;

    @Test
    void fourHostileUploadsAtOnceAreRefusedWithinTheServersHeap(@TempDir Path dir) throws Exception {
        // 9 million strings of 17 bytes, and one string of 150 million characters: both parts about 150 MB.
        Path many = HostileWorkbooks.manyStrings(dir.resolve("nhieu-chuoi.xlsx"), (int) (PART_BYTES / 17));
        Path huge = HostileWorkbooks.hugeString(dir.resolve("chuoi-dai.xlsx"), PART_BYTES);
        for (Path file : List.of(many, huge)) {
            assertThat(Files.size(file)).as(file + " is an upload the size check lets through")
                    .isLessThan(NomineeImport.MAX_BYTES);
        }
        Path temp = Files.createDirectory(dir.resolve("tmp"));
        Path output = dir.resolve("output.txt");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                SERVER_HEAP, "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=" + temp,
                "-cp", System.getProperty("java.class.path"), ConcurrentImports.class.getName(),
                String.valueOf(APPLICATION_MEGABYTES), many.toString(), many.toString(), huge.toString(),
                huge.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = child.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(ended).as("the imports end: " + printed).isTrue();
        assertThat(printed).doesNotContain("OutOfMemoryError");
        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed.lines().filter(line -> line.startsWith("RESULT ")))
                .containsExactly("RESULT nhieu-chuoi.xlsx import.error.tooMuchContent rows=0",
                        "RESULT nhieu-chuoi.xlsx import.error.tooMuchContent rows=0",
                        "RESULT chuoi-dai.xlsx import.error.tooLong rows=0",
                        "RESULT chuoi-dai.xlsx import.error.tooLong rows=0");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("temporary files of the imports").isEmpty();
        }
    }
}
