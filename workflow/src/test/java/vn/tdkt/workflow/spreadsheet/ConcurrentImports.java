package vn.tdkt.workflow.spreadsheet;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The program {@link ConcurrentHostileImportsTest} runs in a JVM of its own, with the server's heap: holds the
 * application's share of that heap as ballast, then imports every file given at the same moment, one thread each,
 * and prints one line per file: {@code RESULT <file name> <message keys>}.
 *
 * <p>Arguments: the ballast in megabytes, then the files.
 */
public final class ConcurrentImports {

    /** Kept reachable until the end, as the application's own objects are. */
    private static byte[][] ballast;

    private ConcurrentImports() {
    }

    public static void main(String[] args) throws Exception {
        int megabytes = Integer.parseInt(args[0]);
        ballast = new byte[megabytes][];
        for (int i = 0; i < megabytes; i++) {
            ballast[i] = new byte[1 << 20];
        }
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        ExecutorService threads = Executors.newFixedThreadPool(files.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (Path file : files) {
            results.add(threads.submit(() -> {
                start.await();
                try (InputStream in = Files.newInputStream(file)) {
                    ImportResult result = new NomineeImport().read(in, Files.size(file), TemplateFiller.CATALOG);
                    return file.getFileName() + " " + result.errors().stream().map(RowError::messageKey)
                            .collect(Collectors.joining(",")) + " rows=" + result.rows().size();
                }
            }));
        }
        start.countDown();
        for (Future<String> result : results) {
            System.out.println("RESULT " + result.get());
        }
        threads.shutdown();
        System.out.println("BALLAST " + ballast.length + " MB held to the end");
    }
}
