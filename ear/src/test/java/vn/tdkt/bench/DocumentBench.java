package vn.tdkt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.decision.DecisionWording;
import vn.tdkt.it.support.Deployments;
import vn.tdkt.workflow.certificate.BlankLayout;
import vn.tdkt.workflow.certificate.CertificateLine;
import vn.tdkt.workflow.certificate.CertificateSheets;
import vn.tdkt.workflow.certificate.DefaultLayout;
import vn.tdkt.workflow.certificate.VerificationCode;
import vn.tdkt.workflow.paper.Annex;
import vn.tdkt.workflow.paper.AnnexGroup;
import vn.tdkt.workflow.paper.AnnexLine;
import vn.tdkt.workflow.paper.AnnexSection;
import vn.tdkt.workflow.paper.ClasspathTemplateSource;
import vn.tdkt.workflow.paper.DecisionPaper;
import vn.tdkt.workflow.paper.Heading;
import vn.tdkt.workflow.paper.Letterhead;
import vn.tdkt.workflow.paper.PaperTemplates;
import vn.tdkt.workflow.paper.PdfRenderer;
import vn.tdkt.workflow.paper.RecipientKind;
import vn.tdkt.workflow.paper.Signature;
import vn.tdkt.workflow.signature.OrganisationKey;
import vn.tdkt.workflow.signature.OrganisationSigner;
import vn.tdkt.workflow.signature.PdfSignatureReport;
import vn.tdkt.workflow.signature.PdfSignatureValidation;
import vn.tdkt.workflow.signature.TestCertificateAuthority;
import vn.tdkt.workflow.signature.TrustedRoots;

/**
 * The generated documents of a large decision, inside WildFly with the EAR's own libraries (openhtmltopdf, PDFBox,
 * DSS, BouncyCastle): issue 15's targets are a decision with a 1,000-nominee annex rendered and signed in ≤ 5 s and
 * 500 certificates in ≤ 30 s, with bounded heap growth.
 *
 * <p>The decision paper is built here as a {@link DecisionPaper}, not read from a decision issued through the
 * services: {@code DecisionFiles} renders a decision's PDF once and keeps it, so every measured round would need its
 * own 1,000-nominee decision taken through submission, council, appraisal and decision (and through the rules'
 * prior-award checks for provincial titles), while the mapping it skips ({@code DecisionDocuments.paperOf}) only
 * copies fields. What is measured is what {@code DecisionFiles} and {@code DecisionSigning.signAsOrganisation} run:
 * {@link PdfRenderer#write} into a byte array (the file is stored as {@code bytea}) and
 * {@link OrganisationSigner#sign(byte[])} with a PKCS#12 key.
 *
 * <p>Each workload: warm-up rounds, then measured rounds (times reported, median and max); then, untimed, rounds
 * sampled by a rough profiler (the rendering thread's stack every few milliseconds, bucketed by phase) and one
 * round probing retained heap (a full GC at chosen points inside the work, which would distort the timed rounds).
 * Asserts only correctness (pages, one intact signature), never time: the figures go to {@code docs/benchmarks.md}.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentBench {

    private static final int ANNEX_LINES = 1_000;
    private static final int CERTIFICATES = 500;
    private static final int DECISION_WARMUP = 6;
    private static final int DECISION_ROUNDS = 8;
    private static final int CERTIFICATE_WARMUP = 2;
    private static final int CERTIFICATE_ROUNDS = 4;
    private static final int PROFILED_ROUNDS = 2;
    private static final int SAMPLE_MILLIS = 5;

    /** ASCII: the JDK's PKCS#12 refuses other passwords. */
    private static final char[] PASSWORD = "mat-khau-thu".toCharArray();

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final StringBuilder REPORT = new StringBuilder();

    private static TestCertificateAuthority authority;
    private static Path directory;
    private static Path keystore;

    /**
     * The organisation's keystore and a scratch directory, made inside the server on the first test: Arquillian runs
     * {@code @BeforeAll} in the client JVM, not where the tests run.
     */
    private static synchronized void prepare() throws Exception {
        if (directory != null) {
            return;
        }
        Path scratch = Files.createTempDirectory("tdkt-document-bench");
        scratch.toFile().deleteOnExit();
        authority = TestCertificateAuthority.create("Root CA thử nghiệm");
        TestCertificateAuthority.Issued signer = authority.issueSigner("Nguyễn Thanh Tùng",
                "Ủy ban nhân dân tỉnh Tây Ninh");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("to-chuc", signer.key(), PASSWORD, signer.chain().toArray(X509Certificate[]::new));
        keystore = scratch.resolve("organisation.p12");
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, PASSWORD);
        }
        keystore.toFile().deleteOnExit();
        directory = scratch;
        line("BENCH documents: server JVM %s, %d processors, max heap %d MB, GC %s", System.getProperty(
                "java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
    }

    /** The report so far, rewritten after each test (inside the server, beside the EAR as LifecycleBench's). */
    private static synchronized void writeReport() throws IOException {
        Path file = reportFile();
        Files.writeString(file, REPORT.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println("BENCH documents: report written to " + file);
    }

    @Test
    void aDecisionWithAThousandLineAnnexIsRenderedAndSigned() throws Exception {
        prepare();
        DecisionPaper paper = decisionPaper();
        PaperTemplates templates = new PaperTemplates(new ClasspathTemplateSource());
        PdfRenderer renderer = new PdfRenderer(templates);
        PdfSignatureValidation validation = new PdfSignatureValidation(TrustedRoots.of(List.of(authority.root())));
        line("BENCH decision: %d annex lines in %d sections, total %,d đồng", ANNEX_LINES, paper.annex().sections()
                .size(), paper.annex().total());

        long heapBefore = usedAfterGc();
        List<long[]> measured = new ArrayList<>();
        byte[] signed = null;
        byte[] unsigned = null;
        try (HeapSampler heap = HeapSampler.start(null)) {
            for (int round = 1; round <= DECISION_WARMUP + DECISION_ROUNDS; round++) {
                // The template alone, as a separate call: its share of the render below, which runs it again.
                long start = System.nanoTime();
                String xhtml = templates.render(paper);
                long template = System.nanoTime() - start;

                FirstWrite out = new FirstWrite(new ByteArrayOutputStream(4 << 20));
                start = System.nanoTime();
                renderer.write(paper, out);
                long rendered = System.nanoTime();
                unsigned = ((ByteArrayOutputStream) out.target()).toByteArray();
                long copied = System.nanoTime();
                // DecisionSigning.signAsOrganisation opens the keystore for every signature: so does the round.
                long opened;
                try (OrganisationSigner signer = signer()) {
                    opened = System.nanoTime();
                    signed = signer.sign(unsigned);
                }
                long end = System.nanoTime();

                long[] times = {template, out.first - start, rendered - out.first, copied - rendered, opened - copied,
                    end - copied, rendered - start, end - start};
                boolean warm = round > DECISION_WARMUP;
                if (round == DECISION_WARMUP) {
                    line("BENCH decision: heap in use after GC after the warm-up %d MB", usedAfterGc() >> 20);
                }
                if (warm) {
                    measured.add(times);
                }
                line("BENCH decision %s %d: template %d ms (%d KB XHTML); render %d ms (to first byte %d, write %d);"
                        + " sign %d ms (opening the key %d); total %d ms; PDF %d KB, signed %d KB",
                        warm ? "round" : "warm-up", round, ms(template), xhtml.length() >> 10, ms(times[6]),
                        ms(times[1]), ms(times[2]), ms(times[5]), ms(times[4]), ms(times[7]), unsigned.length >> 10,
                        signed.length >> 10);
            }
            line("BENCH decision: heap in use sampled every %d ms during the rounds, max %d MB (garbage included)",
                    SAMPLE_MILLIS, heap.maxUsed() >> 20);
        }
        long heapAfter = usedAfterGc();
        summarise("decision", measured, new String[] {"template (separate call)", "render: to first byte",
            "render: write", "copy to byte[]", "sign: opening the key", "sign (opening included)", "render",
            "render + sign"});
        line("BENCH decision: heap in use after GC before %d MB, after %d MB (growth %+d MB)", heapBefore >> 20,
                heapAfter >> 20, (heapAfter - heapBefore) >> 20);

        profileDecision(paper, renderer);
        probeDecisionHeap(paper, renderer);

        int pages;
        try (PDDocument document = Loader.loadPDF(signed)) {
            pages = document.getNumberOfPages();
        }
        List<PdfSignatureReport> signatures = validation.validate(signed);
        line("BENCH decision: %d pages; signatures: %s", pages, signatures.stream().map(s -> s.signerName()
                .orElse("?") + " intact=" + s.intact() + " " + s.coverage() + " " + s.profile()).toList());
        writeReport();
        assertThat(pages).isGreaterThan(1);
        assertThat(signed).startsWith(unsigned);
        assertThat(signatures).singleElement().satisfies(signature -> {
            assertThat(signature.intact()).isTrue();
            assertThat(signature.coverage()).isEqualTo(PdfSignatureReport.Coverage.WHOLE_DOCUMENT);
        });
    }

    @Test
    void fiveHundredCertificatesAreRenderedToAFile() throws Exception {
        prepare();
        BlankLayout layout = DefaultLayout.forTitle("BK_UBND").layout();
        CertificateSheets sheets = new CertificateSheets();
        Path file = directory.resolve("certificates.pdf");
        line("BENCH certificates: %d on the default layout %s (%s × %s mm), written to a file",
                CERTIFICATES, DefaultLayout.forTitle("BK_UBND"), layout.widthMm(), layout.heightMm());

        long heapBefore = usedAfterGc();
        List<long[]> measured = new ArrayList<>();
        try (HeapSampler heap = HeapSampler.start(null)) {
            for (int round = 1; round <= CERTIFICATE_WARMUP + CERTIFICATE_ROUNDS; round++) {
                long start = System.nanoTime();
                FirstWrite out = new FirstWrite(new BufferedOutputStream(Files.newOutputStream(file), 64 << 10));
                try (out) {
                    sheets.render(layout, certificates(null), out);
                }
                long end = System.nanoTime();
                long[] times = {out.first - start, end - out.first, end - start};
                boolean warm = round > CERTIFICATE_WARMUP;
                if (round == CERTIFICATE_WARMUP) {
                    line("BENCH certificates: heap in use after GC after the warm-up %d MB", usedAfterGc() >> 20);
                }
                if (warm) {
                    measured.add(times);
                }
                line("BENCH certificates %s %d: %d ms (pages %d ms, write %d ms), %d KB", warm ? "round" : "warm-up",
                        round, ms(times[2]), ms(times[0]), ms(times[1]), Files.size(file) >> 10);
            }
            line("BENCH certificates: heap in use sampled every %d ms during the rounds, max %d MB (garbage "
                    + "included)", SAMPLE_MILLIS, heap.maxUsed() >> 20);
        }
        long heapAfter = usedAfterGc();
        summarise("certificates", measured, new String[] {"pages (to first byte)", "write", "total"});
        line("BENCH certificates: heap in use after GC before %d MB, after %d MB (growth %+d MB)", heapBefore >> 20,
                heapAfter >> 20, (heapAfter - heapBefore) >> 20);

        profileCertificates(layout, sheets, file);
        probeCertificateHeap(layout, sheets, file);

        writeReport();
        int pages;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            pages = document.getNumberOfPages();
        }
        Files.delete(file);
        assertThat(pages).isEqualTo(CERTIFICATES);
    }

    // --- untimed rounds: where the time goes, what the heap holds ---

    private void profileDecision(DecisionPaper paper, PdfRenderer renderer) throws IOException {
        Map<String, Integer> samples = new TreeMap<>();
        for (int round = 0; round < PROFILED_ROUNDS; round++) {
            try (HeapSampler sampler = HeapSampler.start(Thread.currentThread());
                    OrganisationSigner signer = signer()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(4 << 20);
                renderer.write(paper, out);
                signer.sign(out.toByteArray());
                sampler.phases().forEach((phase, n) -> samples.merge(phase, n, Integer::sum));
            }
        }
        printProfile("decision", samples);
    }

    private void profileCertificates(BlankLayout layout, CertificateSheets sheets, Path file) throws IOException {
        Map<String, Integer> samples = new TreeMap<>();
        for (int round = 0; round < PROFILED_ROUNDS; round++) {
            try (HeapSampler sampler = HeapSampler.start(Thread.currentThread());
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 << 10)) {
                sheets.render(layout, certificates(null), out);
                sampler.phases().forEach((phase, n) -> samples.merge(phase, n, Integer::sum));
            }
        }
        printProfile("certificates", samples);
    }

    /**
     * What the decision's render holds at its fullest: a full GC when the PDF's first byte is written, i.e. with the
     * whole document laid out, painted into PDFBox's model and its fonts subset, before serialisation.
     */
    private void probeDecisionHeap(DecisionPaper paper, PdfRenderer renderer) throws IOException {
        long before = usedAfterGc();
        long[] atFirstByte = new long[1];
        long[] held = renderHolding(paper, renderer, atFirstByte);
        long withPdf = held[1];
        long size = held[0];
        long after = usedAfterGc();
        line("BENCH decision heap probe (used after GC): before %d MB; with the laid-out document, before its first"
                + " byte %d MB (%+d MB); after, holding the %d KB PDF %d MB; PDF dropped %d MB", before >> 20,
                atFirstByte[0] >> 20, (atFirstByte[0] - before) >> 20, size >> 10, withPdf >> 20, after >> 20);
    }

    /** Renders and measures while the PDF's bytes are still referenced; returns their size and that heap. */
    private static long[] renderHolding(DecisionPaper paper, PdfRenderer renderer, long[] atFirstByte)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 << 20);
        renderer.write(paper, new FirstWrite(bytes, () -> atFirstByte[0] = usedAfterGc()));
        long withPdf = usedAfterGc();
        return new long[] {bytes.size(), withPdf};
    }

    /** What a batch holds as its pages grow: a full GC after 1, 250 and 500 pages and before the first byte. */
    private void probeCertificateHeap(BlankLayout layout, CertificateSheets sheets, Path file) throws IOException {
        long before = usedAfterGc();
        Map<Integer, Long> byPage = new LinkedHashMap<>();
        long[] atFirstByte = new long[1];
        // The iterator asks for certificate n + 1 only once page n is painted, so the probe at n sees n pages.
        IntConsumer probe = n -> {
            if (n == 2 || n == CERTIFICATES / 2 + 1) {
                byPage.put(n - 1, usedAfterGc());
            }
        };
        try (OutputStream out = new FirstWrite(new BufferedOutputStream(Files.newOutputStream(file), 64 << 10),
                () -> atFirstByte[0] = usedAfterGc())) {
            sheets.render(layout, certificates(probe), out);
        }
        long after = usedAfterGc();
        StringBuilder text = new StringBuilder();
        byPage.forEach((pages, used) -> text.append(String.format("after %d page(s) %d MB (%+.1f MB); ", pages,
                used >> 20, (used - before) / 1048576.0)));
        line("BENCH certificates heap probe (used after GC): before %d MB; %sall %d pages, before the first byte %d"
                + " MB (%+.1f MB); after %d MB", before >> 20, text, CERTIFICATES, atFirstByte[0] >> 20,
                (atFirstByte[0] - before) / 1048576.0, after >> 20);
    }

    // --- the workloads' data ---

    private static OrganisationSigner signer() {
        return new OrganisationSigner(OrganisationKey.pkcs12(keystore, PASSWORD, Optional.empty()),
                Optional.empty(), Clock.systemUTC());
    }

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Thị Ngọc", "Minh", "Quốc", "Thanh",
        "Hoàng", "Thị Thu", "Xuân", "Bảo"};
    private static final String[] GIVEN = {"Ánh", "Bình", "Cường", "Dũng", "Giang", "Hằng", "Hiếu", "Hưng",
        "Khánh", "Lộc", "Mỹ", "Nguyệt", "Phúc", "Quỳnh", "Sơn", "Thắng", "Trâm", "Tuấn", "Uyên", "Việt", "Yến",
        "Đạt", "Ổn", "Ước"};
    private static final String[] POSITIONS = {"Chuyên viên", "Trưởng phòng", "Phó Trưởng phòng", "Kiểm sát viên",
        "Giáo viên", "Bác sĩ", "Cán bộ địa chính", "Điều tra viên", "Kế toán trưởng", "Chủ tịch Hội Nông dân xã"};
    private static final String[] UNITS = {"Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Viện Kiểm sát nhân dân tỉnh",
        "Công an tỉnh", "Sở Y tế", "Ủy ban nhân dân huyện Dương Minh Châu", "Ủy ban nhân dân thị xã Hòa Thành",
        "Ban Dân tộc tỉnh", "Sở Tài nguyên và Môi trường", "Ủy ban nhân dân xã Phước Vinh"};
    private static final String[] COLLECTIVES = {"Phòng Tổ chức cán bộ", "Trường Trung học phổ thông Lê Quý Đôn",
        "Đội Cảnh sát hình sự", "Khoa Hồi sức tích cực – Chống độc", "Phòng Kiểm sát án dân sự",
        "Trạm Y tế xã Thạnh Đức", "Phòng Văn hóa và Thông tin", "Hợp tác xã nông nghiệp Tân Hưng"};

    private static String person(int i) {
        return (i % 3 == 1 ? "Bà " : "Ông ") + SURNAMES[i % SURNAMES.length] + " " + MIDDLE[(i / 3) % MIDDLE.length]
                + " " + GIVEN[(i * 7) % GIVEN.length];
    }

    /** A decision of the provincial chairman: three titles and forms, collectives, individuals and households. */
    private static DecisionPaper decisionPaper() {
        // Amounts as Decree 152/2025 counts them on a 2,340,000 đ base salary (Bằng khen 1×, collective 2×, ...).
        int line = 0;
        List<AnnexSection> sections = new ArrayList<>();
        sections.add(new AnnexSection("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", List.of(
                group(RecipientKind.COLLECTIVE, 120, line, 4_680_000L),
                group(RecipientKind.INDIVIDUAL, 480, line += 120, 2_340_000L),
                group(RecipientKind.HOUSEHOLD, 50, line += 480, 2_340_000L))));
        sections.add(new AnnexSection("Danh hiệu Chiến sĩ thi đua cấp tỉnh", List.of(
                group(RecipientKind.INDIVIDUAL, 200, line += 50, 7_020_000L))));
        sections.add(new AnnexSection("Danh hiệu Tập thể lao động xuất sắc", List.of(
                group(RecipientKind.COLLECTIVE, 150, line += 200, 3_510_000L))));
        Annex annex = new Annex(DecisionWording.text("decision.annex.heading"), "Chủ tịch Ủy ban nhân dân tỉnh",
                sections);
        assertThat(sections.stream().mapToInt(s -> s.groups().stream().mapToInt(g -> g.lines().size()).sum())
                .sum()).isEqualTo(ANNEX_LINES);
        List<String> articles = List.of(
                DecisionWording.text("decision.article.award", "270 tập thể, 680 cá nhân và 50 hộ gia đình"),
                DecisionWording.text("decision.article.money", String.format(java.util.Locale.forLanguageTag("vi"),
                        "%,d", annex.total()).replace(',', '.')),
                DecisionWording.text("decision.article.execution"));
        return new DecisionPaper(new Heading(new Letterhead("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH"), "1234/QĐ-UBND",
                "Tây Ninh", LocalDate.of(2026, 12, 4)), "Về việc khen thưởng", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
                List.of(DecisionWording.text("decision.basis.localGovernment"), DecisionWording.text(
                        "decision.basis.law"),
                        DecisionWording.text("decision.basis.decree",
                                "Nghị định 152/2025/NĐ-CP")),
                DecisionWording.text("decision.proposal.province"), articles,
                List.of(DecisionWording.text("decision.recipients").split("\\|")),
                new Signature(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Nguyễn Thanh Tùng"), annex);
    }

    private static AnnexGroup group(RecipientKind kind, int count, int first, long amount) {
        List<AnnexLine> lines = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            String unit = UNITS[i % UNITS.length];
            lines.add(switch (kind) {
                case COLLECTIVE -> new AnnexLine(COLLECTIVES[i % COLLECTIVES.length] + " số " + (i % 37 + 1), unit,
                        amount);
                case HOUSEHOLD -> new AnnexLine("Hộ gia đình " + person(i).substring(person(i).indexOf(' ') + 1),
                        "ấp Bình Hòa, xã Phước Vinh, huyện Châu Thành", amount);
                case INDIVIDUAL -> new AnnexLine(person(i), POSITIONS[i % POSITIONS.length] + ", " + unit, amount);
            });
        }
        return new AnnexGroup(kind, lines);
    }

    /**
     * The batch's lines, made one at a time as the renderer asks for them (as a query's stream would give them),
     * so that the list of 500 does not itself sit on the heap; {@code probe} sees each position asked for.
     */
    private static Iterable<CertificateLine> certificates(IntConsumer probe) {
        return () -> new LazyCertificates(probe);
    }

    private static final class LazyCertificates implements Iterator<CertificateLine> {

        private static final LocalDate DATE = LocalDate.of(2026, 12, 4);
        private static final String DECISION_LINE = DecisionWording.decisionLine("1234/QĐ-UBND", DATE);
        private static final String PLACE_DATE = DecisionWording.placeAndDate("Tây Ninh", DATE);
        /** As {@code Certificates.print} writes the award: the title's name in capitals. */
        private static final String AWARD = "Bằng khen của Chủ tịch UBND tỉnh".toUpperCase(
                java.util.Locale.forLanguageTag("vi"));

        private final IntConsumer probe;
        private int next = 1;

        LazyCertificates(IntConsumer probe) {
            this.probe = probe;
        }

        @Override
        public boolean hasNext() {
            return next <= CERTIFICATES;
        }

        @Override
        public CertificateLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (probe != null) {
                probe.accept(next);
            }
            int i = next++;
            String url = "https://tdkt.tayninh.gov.vn/xac-minh?code=" + VerificationCode.random().value();
            return new CertificateLine(i % 5 == 0 ? COLLECTIVES[i % COLLECTIVES.length] : person(i),
                    POSITIONS[i % POSITIONS.length] + ", " + UNITS[i % UNITS.length],
                    "Đã có thành tích xuất sắc trong phong trào thi đua «Vì an ninh Tổ quốc» năm 2025", AWARD,
                    DECISION_LINE, "Số sổ vàng: " + (10_000 + i), PLACE_DATE, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                    "Nguyễn Thanh Tùng", url, null);
        }
    }

    // --- measuring ---

    private static void summarise(String what, List<long[]> rounds, String[] labels) {
        StringBuilder text = new StringBuilder("BENCH " + what + ": " + rounds.size() + " measured rounds, median /"
                + " max ms:");
        for (int column = 0; column < labels.length; column++) {
            int c = column;
            List<Long> values = rounds.stream().map(r -> r[c]).sorted().toList();
            text.append(String.format(" %s %d / %d;", labels[column], ms(values.get(values.size() / 2)), ms(values
                    .get(values.size() - 1))));
        }
        line("%s", text);
    }

    private static void printProfile(String what, Map<String, Integer> samples) {
        int total = samples.entrySet().stream().filter(e -> !e.getKey().startsWith(" ")).mapToInt(Map.Entry::getValue)
                .sum();
        StringBuilder text = new StringBuilder();
        samples.entrySet().stream().filter(e -> !e.getKey().startsWith(" "))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> text.append(String.format(" %s %.0f %%;", e.getKey(), 100.0 * e.getValue() / total)));
        line("BENCH %s profile (%d stack samples every %d ms over %d untimed rounds):%s", what, total, SAMPLE_MILLIS,
                PROFILED_ROUNDS, text);
        StringBuilder frames = new StringBuilder();
        samples.entrySet().stream().filter(e -> e.getKey().startsWith(" "))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> frames.append(String.format("%n    %4.1f %% %s", 100.0 * e.getValue() / total, e
                        .getKey().strip())));
        line("BENCH %s profile, innermost frame outside the JDK of the most frequent samples:%s", what, frames);
    }

    /** Heap in use after a full collection (twice: the first may leave what finalisation releases). */
    private static long usedAfterGc() {
        MEMORY.gc();
        MEMORY.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }

    private static void line(String format, Object... arguments) {
        String text = String.format(format, arguments);
        System.out.println(text);
        synchronized (REPORT) {
            REPORT.append(text).append('\n');
        }
    }

    private static Path reportFile() {
        Properties settings = new Properties();
        try (InputStream in = DocumentBench.class.getClassLoader().getResourceAsStream(Deployments.BENCH_SETTINGS)) {
            if (in != null) {
                settings.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String lifecycle = settings.getProperty("bench.report");
        return lifecycle == null ? Path.of(System.getProperty("java.io.tmpdir"), "document-bench.txt")
                : Path.of(lifecycle).resolveSibling("document-bench.txt");
    }

    /**
     * Notes when the first byte reaches the stream: both renderers lay out and paint everything, then serialise, so
     * this splits "building the document" from "writing it"; optionally runs a probe at that moment.
     */
    private static final class FirstWrite extends FilterOutputStream {

        private final Runnable atFirst;
        long first;

        FirstWrite(OutputStream target) {
            this(target, null);
        }

        FirstWrite(OutputStream target, Runnable atFirst) {
            super(target);
            this.atFirst = atFirst;
        }

        OutputStream target() {
            return out;
        }

        private void mark() {
            if (first == 0) {
                if (atFirst != null) {
                    atFirst.run();
                }
                first = System.nanoTime();
            }
        }

        @Override
        public void write(int b) throws IOException {
            mark();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            mark();
            out.write(b, off, len);
        }
    }

    /**
     * A daemon thread sampling heap in use every few milliseconds (the highest value seen, garbage included) and,
     * when given a thread, that thread's stack, bucketed by the phase its innermost known frame belongs to.
     */
    private static final class HeapSampler implements AutoCloseable {

        /** Phase by frame, most specific first: the first match from the top of the stack names the sample. */
        private static final List<Map.Entry<String, String>> PHASES = List.of(
                Map.entry("org.apache.fontbox.ttf.TTFSubsetter", "font subsetting"),
                Map.entry("org.apache.pdfbox.pdfwriter.", "PDF serialisation"),
                Map.entry("org.apache.pdfbox.pdmodel.PDDocument.save", "PDF save (other)"),
                Map.entry("eu.europa.esig.", "signing (DSS)"),
                Map.entry("vn.tdkt.workflow.signature.", "signing (other)"),
                Map.entry("freemarker.", "template (FreeMarker)"),
                Map.entry("vn.tdkt.workflow.paper.Xhtml", "XHTML parse"),
                Map.entry("com.openhtmltopdf.pdfboxout.PdfBoxRenderer.createPDF", "paint into PDFBox"),
                Map.entry("com.openhtmltopdf.pdfboxout.PdfBoxRenderer.layout", "layout (openhtmltopdf)"),
                Map.entry("com.openhtmltopdf.pdfboxout.PdfRendererBuilder.buildPdfRenderer",
                        "renderer set-up (CSS, fonts)"),
                Map.entry("vn.tdkt.workflow.certificate.SheetPainter.qr", "certificate: QR code"),
                Map.entry("vn.tdkt.workflow.certificate.SheetPainter", "certificate: text fields"),
                Map.entry("vn.tdkt.workflow.certificate.CertificateFonts", "certificate: font loading"),
                Map.entry("org.apache.pdfbox.pdmodel.PDPageContentStream.close", "page content stream close (PDFBox)"),
                Map.entry("vn.tdkt.workflow.certificate.CertificateSheets", "certificate: page set-up (other)"),
                Map.entry("vn.tdkt.workflow.paper.PdfRenderer", "renderer (other)"),
                Map.entry("vn.tdkt.bench.DocumentBench$LazyCertificates", "test data (the lines)"));

        private final Thread sampler;
        private final Thread watched;
        private final Map<String, Integer> phases = new TreeMap<>();
        private volatile boolean running = true;
        private volatile long maxUsed;

        private HeapSampler(Thread watched) {
            this.watched = watched;
            this.sampler = new Thread(this::run, "document-bench-sampler");
            sampler.setDaemon(true);
        }

        static HeapSampler start(Thread watched) {
            HeapSampler sampler = new HeapSampler(watched);
            sampler.sampler.start();
            return sampler;
        }

        private void run() {
            while (running) {
                maxUsed = Math.max(maxUsed, MEMORY.getHeapMemoryUsage().getUsed());
                if (watched != null) {
                    StackTraceElement[] stack = watched.getStackTrace();
                    String phase = phaseOf(stack);
                    synchronized (phases) {
                        phases.merge(phase, 1, Integer::sum);
                        // Within a phase, the innermost frame outside the JDK: which library code the time is in
                        // (the JDK's own frames, regex or collections, say little about who asked for them).
                        for (StackTraceElement frame : stack) {
                            if (!frame.getClassName().startsWith("java.") && !frame.getClassName().startsWith(
                                    "jdk.") && !frame.getClassName().startsWith("sun.")) {
                                phases.merge("  " + phase + " / " + frame.getClassName() + "." + frame
                                        .getMethodName(), 1, Integer::sum);
                                break;
                            }
                        }
                    }
                }
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static String phaseOf(StackTraceElement[] stack) {
            for (StackTraceElement frame : stack) {
                String name = frame.getClassName() + "." + frame.getMethodName();
                for (Map.Entry<String, String> phase : PHASES) {
                    if (name.startsWith(phase.getKey())) {
                        return phase.getValue();
                    }
                }
            }
            return "other";
        }

        long maxUsed() {
            return maxUsed;
        }

        /** The samples so far by phase; stops the sampler. */
        Map<String, Integer> phases() {
            close();
            synchronized (phases) {
                return new TreeMap<>(phases);
            }
        }

        @Override
        public void close() {
            running = false;
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
