package vn.tdkt.workflow.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit's whole list (500 certificates) prints in one file, every page its own recipient. */
class LargeBatchTest {

    private static final int COUNT = 500;

    @TempDir
    Path folder;

    @Test
    void fiveHundredCertificatesPrintOnePageEach() throws IOException {
        Path file = folder.resolve("batch.pdf");
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            new CertificateSheets().render(DefaultLayout.GRASSROOTS_EMULATION_FIGHTER.layout(), batch(), out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%d certificates in %d ms, %d KB%n", COUNT, millis, Files.size(file) / 1024);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(COUNT);
            for (int index : new int[] {0, 1, 249, 498, 499}) {
                assertThat(PrintedPdf.text(pdf, index + 1)).contains(name(index), "2026/" + code(index))
                        .doesNotContain(name(index == 0 ? 1 : index - 1));
            }
        }
    }

    @Test
    void theHeapInUseStaysFlatWhileTheBatchGrows() throws IOException {
        // Live heap (after a collection) every 100 certificates: pages kept in memory would show as growth.
        long[] live = new long[COUNT / 100 + 1];
        live[0] = liveHeap();
        List<CertificateLine> batch = batch();
        try (OutputStream out = Files.newOutputStream(folder.resolve("measured.pdf"))) {
            new CertificateSheets().render(DefaultLayout.GRASSROOTS_EMULATION_FIGHTER.layout(), new AbstractList<>() {
                @Override
                public CertificateLine get(int index) {
                    if (index > 0 && index % 100 == 0) {
                        live[index / 100] = liveHeap();
                    }
                    return batch.get(index);
                }

                @Override
                public int size() {
                    return COUNT;
                }
            }, out);
        }
        live[COUNT / 100] = liveHeap();
        StringBuilder report = new StringBuilder("Live heap (MB) before and every 100 certificates:");
        for (long bytes : live) {
            report.append(' ').append(bytes >> 20);
        }
        System.out.println(report);
        // Loose on purpose (collections are not exact): 400 pages held in memory would take far more.
        assertThat(live[COUNT / 100 - 1] - live[1]).as("growth from page 100 to page 400").isLessThan(32L << 20);
    }

    /** Lines made on demand: the batch itself holds nothing, so what the heap holds is the printing's. */
    private static List<CertificateLine> batch() {
        return new AbstractList<>() {
            @Override
            public CertificateLine get(int index) {
                return CertificateSheetsTest.line(name(index), code(index));
            }

            @Override
            public int size() {
                return COUNT;
            }
        };
    }

    private static long liveHeap() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static String name(int index) {
        return "Nguyễn Thị Ngọc Ánh " + String.format("%03d", index + 1);
    }

    private static String code(int index) {
        return VerificationCode.base32(ByteBuffer.allocate(16).putInt(12, index).array());
    }
}
