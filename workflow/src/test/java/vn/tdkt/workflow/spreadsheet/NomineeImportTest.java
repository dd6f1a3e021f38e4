package vn.tdkt.workflow.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.workflow.spreadsheet.TemplateFiller.Formula;

/** Reading a filled nominee list: the rows a clerk means, and for anything else an error naming the cell. */
class NomineeImportTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final String SUMMARY = "Hoàn thành xuất sắc nhiệm vụ năm 2024.";

    private final NomineeImport reader = new NomineeImport(
            Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh")));

    private ImportResult read(byte[] bytes) {
        return reader.read(new ByteArrayInputStream(bytes), bytes.length, TemplateFiller.CATALOG);
    }

    @Test
    void theTemplateFilledByAClerkReadsBackRowByRow() {
        byte[] file = TemplateFiller.filled(f -> f
                .row(2, "1", "Cá nhân", "Nguyễn Thị Hằng", "Chuyên viên, Văn phòng Sở", "Nữ", "05/09/1985",
                        "CSTDCS", "Dòng một.\nDòng hai.")
                .row(3, "2", "Tập thể", "Phòng Kế hoạch – Tài chính", null, null, null, "TTLDXS", SUMMARY)
                .row(4, "3", "Hộ gia đình", "Hộ ông Lê Văn Tám", "Thôn Đông, xã Yên Phú", null, null, "LDTT",
                        SUMMARY)
                .row(5, "4", "Sáng kiến", "Số hoá hồ sơ thi đua", "Phần mềm quản lý hồ sơ", null, null, "BKUBND",
                        SUMMARY));

        ImportResult result = read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.dataRows()).isEqualTo(4);
        assertThat(result.rows()).containsExactly(
                new NomineeRow(2, NomineeKind.INDIVIDUAL, "Nguyễn Thị Hằng", "Chuyên viên, Văn phòng Sở",
                        NomineeRow.FEMALE, LocalDate.of(1985, 9, 5), "CSTDCS", "Dòng một.\nDòng hai."),
                new NomineeRow(3, NomineeKind.COLLECTIVE, "Phòng Kế hoạch – Tài chính", null, null, null, "TTLDXS",
                        SUMMARY),
                new NomineeRow(4, NomineeKind.HOUSEHOLD, "Hộ ông Lê Văn Tám", "Thôn Đông, xã Yên Phú", null, null,
                        "LDTT", SUMMARY),
                new NomineeRow(5, NomineeKind.INITIATIVE, "Số hoá hồ sơ thi đua", "Phần mềm quản lý hồ sơ", null,
                        null, "BKUBND", SUMMARY));
        assertThat(result.isClean()).isTrue();
    }

    @Test
    void vietnameseComesBackInOneSpellingWhateverTheKeyboardAndCase() {
        String nfd = Normalizer.normalize("Nguyễn Thị Hằng", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Nguyễn Thị Hằng");
        byte[] file = TemplateFiller.filled(f -> f
                .row(2, null, "CÁ NHÂN", "  " + nfd + "\u00A0 ", "Trưởng   phòng", "nữ", null, "cstdcs", SUMMARY)
                .row(3, null, "ca nhan", "Trần Văn Bình", "Phó phòng", "NAM", null,
                        "chiến sĩ THI ĐUA cơ sở", SUMMARY)
                .row(4, null, Normalizer.normalize("Hộ gia đình", Normalizer.Form.NFD), "Hộ bà Đặng Thị Mơ",
                        null, null, null, "Lao động tiên tiến", SUMMARY)
                .row(5, null, "initiative", "Sáng kiến A", null, null, null, "LDTT", SUMMARY)
                .row(6, null, "COLLECTIVE", "Tổ Văn thư", null, null, null, "TTLDXS", SUMMARY));

        ImportResult result = read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(NomineeRow::kind, NomineeRow::name, NomineeRow::position,
                NomineeRow::gender, NomineeRow::titleCode).containsExactly(
                        tuple(NomineeKind.INDIVIDUAL, "Nguyễn Thị Hằng", "Trưởng phòng", NomineeRow.FEMALE,
                                "CSTDCS"),
                        tuple(NomineeKind.INDIVIDUAL, "Trần Văn Bình", "Phó phòng", NomineeRow.MALE, "CSTDCS"),
                        tuple(NomineeKind.HOUSEHOLD, "Hộ bà Đặng Thị Mơ", null, null, "LDTT"),
                        tuple(NomineeKind.INITIATIVE, "Sáng kiến A", null, null, "LDTT"),
                        tuple(NomineeKind.COLLECTIVE, "Tổ Văn thư", null, null, "TTLDXS"));
        assertThat(Normalizer.isNormalized(result.rows().get(0).name(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void cellsOfOtherTypesReadAsWhatExcelShows() {
        byte[] file = TemplateFiller.filled(f -> f
                // an Excel date cell, a name typed as a number, a position from a formula's cached result
                .row(2, 7, "Cá nhân", 123, new Formula("\"Chuyên viên \"&\"Sở Nội vụ\"", true), "Nam",
                        LocalDate.of(1979, 12, 31), "LDTT", SUMMARY)
                .row(3, null, "Cá nhân", "Phạm Thu", "Kế toán", null, "1/2/1990", "LDTT", SUMMARY)
                .row(4, null, "Cá nhân", "Phạm Thảo", "Kế toán", null, "01-02-1990", "LDTT", 2024.5));

        ImportResult result = read(file);

        assertThat(result.errors()).isEmpty();
        NomineeRow first = result.rows().get(0);
        assertThat(first.name()).isEqualTo("123");
        assertThat(first.position()).isEqualTo("Chuyên viên Sở Nội vụ");
        assertThat(first.birthDate()).isEqualTo(LocalDate.of(1979, 12, 31));
        assertThat(result.rows().get(1).birthDate()).isEqualTo(LocalDate.of(1990, 2, 1));
        assertThat(result.rows().get(2).birthDate()).isEqualTo(LocalDate.of(1990, 2, 1));
        assertThat(result.rows().get(2).achievementSummary()).isEqualTo("2024.5");
    }

    @Test
    void everyBadCellIsNamedByRowColumnKeyAndValue() {
        String name = "Họ và tên / Tên tập thể";
        String longName = "Đ".repeat(201);
        byte[] file = TemplateFiller.filled(f -> f
                .row(2, "1", "Cá nhân", null, "Chuyên viên", null, null, "LDTT", SUMMARY)
                .row(3, "2", "Công ty", "Công ty A", null, null, null, "LDTT", SUMMARY)
                .row(4, "3", "Cá nhân", "Lê B", null, null, null, "LDTT", SUMMARY)
                .row(5, "4", "Cá nhân", "Lê C", "Văn thư", "Khác", null, "LDTT", SUMMARY)
                .row(6, "5", "Cá nhân", "Lê D", "Văn thư", null, "31/02/1990", "LDTT", SUMMARY)
                .row(7, "6", "Cá nhân", "Lê E", "Văn thư", null, "16/06/2025", "LDTT", SUMMARY)
                .row(8, "7", "Cá nhân", "Lê G", "Văn thư", null, "31/12/1899", "LDTT", SUMMARY)
                .row(9, "8", "Cá nhân", "Lê H", "Văn thư", null, null, "Huân chương XYZ", SUMMARY)
                .row(10, "9", "Cá nhân", "Lê I", "Văn thư", null, null, "LDTT", "   ")
                .row(11, "10", "Cá nhân", longName, "Văn thư", null, null, "LDTT", SUMMARY)
                .row(12, "11", "Tập thể", "Phòng X", null, "Nam", LocalDate.of(2001, 1, 1), "TTLDXS", SUMMARY)
                .row(13, "12", "Cá nhân", new Formula("1/0", true), "Văn thư", null, null, "LDTT", SUMMARY)
                .row(14, "13", "Cá nhân", new Formula("A1&\"x\"", false), "Văn thư", null, null, "LDTT",
                        SUMMARY)
                .row(15, "14", "Cá nhân", "Lê K", "Văn thư", null, null, "LDTT", "x".repeat(8001))
                .row(16, "15", "Cá nhân", "Lê L", "Văn thư", null, "15/06/2025", "LDTT", SUMMARY)
                .row(17, "16")
                .row(18, "17", "Cá nhân", "Lê M", "Văn thư", null, "1985", "LDTT", SUMMARY));

        ImportResult result = read(file);

        assertThat(result.dataRows()).isEqualTo(16);
        assertThat(result.rows()).extracting(NomineeRow::rowNumber).containsExactly(16);
        assertThat(result.errors()).extracting(RowError::row, RowError::column, RowError::messageKey,
                RowError::args).containsExactly(
                        tuple(2, "C", "import.error.required", List.of("2", "C", name)),
                        tuple(3, "B", "import.error.unknownKind",
                                List.of("3", "B", "Công ty", "Cá nhân, Tập thể, Hộ gia đình, Sáng kiến")),
                        tuple(4, "D", "import.error.required", List.of("4", "D", "Chức vụ – đơn vị / Địa chỉ")),
                        tuple(5, "E", "import.error.unknownGender", List.of("5", "E", "Khác", "Nam, Nữ")),
                        tuple(6, "F", "import.error.invalidDate", List.of("6", "F", "31/02/1990")),
                        tuple(7, "F", "import.error.futureDate", List.of("7", "F", "16/06/2025")),
                        tuple(8, "F", "import.error.dateTooEarly", List.of("8", "F", "31/12/1899", "1900")),
                        tuple(9, "G", "import.error.unknownTitle", List.of("9", "G", "Huân chương XYZ")),
                        tuple(10, "H", "import.error.required", List.of("10", "H", "Tóm tắt thành tích")),
                        tuple(11, "C", "import.error.tooLong", List.of("11", "C", name, 200, 201)),
                        tuple(12, "E", "import.error.individualOnly", List.of("12", "E", "Giới tính", "Tập thể")),
                        tuple(12, "F", "import.error.individualOnly",
                                List.of("12", "F", "Ngày sinh (dd/mm/yyyy)", "Tập thể")),
                        tuple(13, "C", "import.error.formulaError", List.of("13", "C", "#DIV/0!")),
                        tuple(14, "C", "import.error.formulaNotCalculated", List.of("14", "C")),
                        tuple(15, "H", "import.error.tooLong", List.of("15", "H", "Tóm tắt thành tích", 8000, 8001)),
                        tuple(18, "F", "import.error.invalidDate", List.of("18", "F", "1985")));
        assertThat(result.isClean()).isFalse();
    }

    @Test
    void aLongOffendingValueIsQuotedShort() {
        byte[] file = TemplateFiller.filled(f -> f
                .row(2, null, "Cá nhân", "Lê A", "Văn thư", null, null, "Ư".repeat(300), SUMMARY));

        RowError error = read(file).errors().get(0);

        assertThat(error.messageKey()).isEqualTo("import.error.unknownTitle");
        assertThat((String) error.args().get(2)).hasSize(61).endsWith("…");
    }

    @Test
    void aChangedHeaderIsNotTheTemplate() {
        byte[] file = TemplateFiller.filled(f -> {
            f.sheet().getRow(0).getCell(2).setCellValue("Tên");
            f.row(2, null, "Cá nhân", "Lê A", "Văn thư", null, null, "LDTT", SUMMARY);
        });

        ImportResult result = read(file);

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(new RowError(1, "C", "import.error.notTemplate",
                List.of("1", "C", "Họ và tên / Tên tập thể", "Tên")));
    }

    @Test
    void headersRetypedWithOtherCaseOrSpacingStillMatch() {
        byte[] file = TemplateFiller.filled(f -> {
            f.sheet().getRow(0).getCell(2).setCellValue("  HỌ VÀ TÊN  /  TÊN TẬP THỂ ");
            f.row(2, null, "Cá nhân", "Lê A", "Văn thư", null, null, "LDTT", SUMMARY);
        });

        assertThat(read(file).errors()).isEmpty();
    }

    @Test
    void aSheetWithoutTheHeaderRowIsNotTheTemplate() {
        byte[] file = TemplateFiller.filled(f -> {
            f.sheet().removeRow(f.sheet().getRow(0));
            f.row(3, null, "Cá nhân", "Lê A", "Văn thư", null, null, "LDTT", SUMMARY);
        });

        assertThat(read(file).errors()).extracting(RowError::row, RowError::column, RowError::messageKey)
                .containsExactly(tuple(1, "A", "import.error.notTemplate"));
    }

    @Test
    void theEmptyTemplateHasNothingToImport() {
        ImportResult result = read(new NomineeTemplate().write(TemplateFiller.CATALOG));

        assertThat(result.dataRows()).isZero();
        assertThat(result.errors()).extracting(RowError::messageKey).containsExactly("import.error.empty");
    }

    @Test
    void anythingButAnXlsxIsRefusedWithOneClearError() throws IOException {
        byte[] xls;
        try (HSSFWorkbook old = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            old.createSheet("Danh sách đề nghị").createRow(0).createCell(0).setCellValue("STT");
            old.write(out);
            xls = out.toByteArray();
        }
        assertThat(xls).startsWith(0xD0, 0xCF, 0x11, 0xE0);
        byte[] csv = "STT,Loại đối tượng,Họ và tên\n1,Cá nhân,Lê A\n".getBytes(StandardCharsets.UTF_8);
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        byte[] plainZip = zip("ghi-chu.txt", "không phải bảng tính".getBytes(StandardCharsets.UTF_8));
        byte[] good = TemplateFiller.filled(f -> f.row(2, null, "Cá nhân", "Lê A", "Văn thư", null, null, "LDTT",
                SUMMARY));
        byte[] truncated = Arrays.copyOf(good, good.length / 2);

        for (byte[] file : List.of(xls, csv, pdf, garbage, plainZip, truncated, new byte[0])) {
            ImportResult result = read(file);
            assertThat(result.rows()).isEmpty();
            assertThat(result.errors()).containsExactly(new RowError(0, null, "import.error.notXlsx", List.of()));
        }
    }

    @Test
    void aFileOverTenMegabytesIsRefusedEvenWhenItsDeclaredSizeLies() {
        InputStream neverRead = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("a file declared too large must not be read");
            }
        };
        ImportResult declared = reader.read(neverRead, NomineeImport.MAX_BYTES + 1, TemplateFiller.CATALOG);
        byte[] big = new byte[(int) NomineeImport.MAX_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        ImportResult actual = reader.read(new ByteArrayInputStream(big), -1, TemplateFiller.CATALOG);

        for (ImportResult result : List.of(declared, actual)) {
            assertThat(result.errors()).containsExactly(new RowError(0, null, "import.error.tooLarge", List.of(10)));
        }
    }

    @Test
    void moreThanFiveThousandRowsAreRefusedWhole() {
        byte[] file = TemplateFiller.filled(f -> {
            for (int r = 2; r <= NomineeImport.MAX_ROWS + 2; r++) {
                f.row(r, null, "Cá nhân", "Lê A", "Văn thư", null, null, "LDTT", "S");
            }
        });

        ImportResult result = read(file);

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(new RowError(0, null, "import.error.tooManyRows",
                List.of(NomineeImport.MAX_ROWS)));
    }

    @Test
    void exactlyFiveThousandRowsAreTaken() {
        byte[] file = TemplateFiller.filled(f -> {
            for (int r = 2; r <= NomineeImport.MAX_ROWS + 1; r++) {
                f.row(r, null, "Cá nhân", "Lê A", "Văn thư", null, null, "LDTT", "S");
            }
            f.row(NomineeImport.MAX_ROWS + 10, "9999");
        });

        ImportResult result = read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(NomineeImport.MAX_ROWS);
    }

    @Test
    void twoThousandRowsAreReadQuickly() {
        byte[] file = TemplateFiller.filled(f -> {
            for (int r = 2; r <= 2001; r++) {
                f.row(r, String.valueOf(r - 1), r % 2 == 0 ? "Cá nhân" : "Tập thể", "Nguyễn Văn Thành " + r,
                        r % 2 == 0 ? "Chuyên viên Phòng Tổ chức cán bộ" : null, r % 2 == 0 ? "Nam" : null,
                        r % 2 == 0 ? "12/03/1980" : null, r % 2 == 0 ? "CSTDCS" : "TTLDXS",
                        "Hoàn thành xuất sắc nhiệm vụ được giao; có sáng kiến số " + r + " được công nhận.");
            }
        });
        long firstStart = System.nanoTime();
        read(file); // the first read also loads classes and warms the JIT: printed apart from steady state
        long firstMs = (System.nanoTime() - firstStart) / 1_000_000;
        read(file);

        long start = System.nanoTime();
        ImportResult result = read(file);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        // A figure for the report, not a limit: timings depend on the machine, so nothing is asserted on them.
        System.out.printf("NomineeImport: read 2,000 rows (%,d bytes) in %d ms (first read in this JVM %d ms)%n",
                file.length, elapsedMs, firstMs);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(2000);
    }

    @Test
    void millionsOfSharedStringsAreRefusedWithoutBeingHeld(@TempDir Path dir) throws IOException {
        byte[] file = Files.readAllBytes(HostileWorkbooks.manyStrings(dir.resolve("nhieu-chuoi.xlsx"), 3_000_000));
        assertThat(file.length).isLessThan((int) NomineeImport.MAX_BYTES);

        ImportResult result = read(file);

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(tooMuchContent());
    }

    @Test
    void aSharedStringLongerThanExcelAllowsIsCutAtExcelsLimitAndRefusedAsTooLong(@TempDir Path dir)
            throws IOException {
        byte[] file = Files.readAllBytes(HostileWorkbooks.hugeString(dir.resolve("chuoi-dai.xlsx"), 1_000_000));

        ImportResult result = read(file);

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).containsExactly(new RowError(2, "H", "import.error.tooLong",
                List.of("2", "H", "Tóm tắt thành tích", 8000, 32_767)));
    }

    @Test
    void aSharedStringsPartWithinTheLimitsStillReads() {
        byte[] file = TemplateFiller.filled(f -> {
            for (int r = 2; r <= 3001; r++) {
                f.row(r, null, "Cá nhân", "Người thứ " + r, "Chức vụ " + r, null, null, "LDTT", "Thành tích " + r);
            }
        });

        ImportResult result = read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(3000);
        assertThat(result.rows().get(2999).achievementSummary()).isEqualTo("Thành tích 3001");
    }

    @Test
    void moreCellFormatsThanExcelAllowsAreRefused() throws IOException {
        byte[] good = TemplateFiller.filled(f -> f.row(2, null, "Cá nhân", "Lê A", "Văn thư", null, null, "LDTT",
                SUMMARY));
        String formats = "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                .repeat(NomineeImport.MAX_CELL_FORMATS + 1);
        byte[] evil = replaceEntry(good, "xl/styles.xml", xml -> xml.replaceFirst("(<cellXfs[^>]*>)",
                "$1" + formats));

        assertThat(read(evil).errors()).containsExactly(tooMuchContent());
    }

    @Test
    void aZipWhoseDirectoryListsThousandsOfPartsIsRefusedBeforeItIsRead() throws IOException {
        byte[] good = TemplateFiller.filled(f -> f.row(2, null, "Cá nhân", "Lê A", "Văn thư", null, null, "LDTT",
                SUMMARY));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(good));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            for (int i = 0; i < 10_000; i++) {
                zip.putNextEntry(new ZipEntry("docProps/extra-" + i + ".xml"));
                zip.closeEntry();
            }
        }

        assertThat(read(out.toByteArray()).errors()).containsExactly(tooMuchContent());
    }

    @Test
    void partsAreFoundByTheirRelationshipsWhateverTheFormOfTheTarget() throws IOException {
        byte[] good = TemplateFiller.filled(f -> f.row(2, null, "Cá nhân", "Lê A", "Văn thư", null, null, "LDTT",
                SUMMARY));
        byte[] absolute = replaceEntry(good, "xl/_rels/workbook.xml.rels",
                xml -> xml.replace("Target=\"worksheets/", "Target=\"/xl/worksheets/")
                        .replace("Target=\"sharedStrings.xml", "Target=\"../xl/./sharedStrings.xml"));
        assertThat(new String(entry(absolute, "xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8))
                .contains("Target=\"/xl/worksheets/sheet1.xml\"", "../xl/./sharedStrings.xml");

        assertThat(read(absolute).rows()).extracting(NomineeRow::name).containsExactly("Lê A");
    }

    private static RowError tooMuchContent() {
        return new RowError(0, null, "import.error.tooMuchContent", List.of(NomineeImport.MAX_PART_MEGABYTES,
                NomineeImport.MAX_SHARED_STRINGS));
    }

    @Test
    void externalEntitiesInTheSheetAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "BI-MAT-XXE");
        byte[] good = TemplateFiller.filled(f -> f.row(2, null, "Cá nhân", "Lê A", "Văn thư", null, null, "LDTT",
                SUMMARY));
        byte[] evil = replaceEntry(good, "xl/worksheets/sheet1.xml", xml -> xml
                .replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                        + "\">]><worksheet")
                .replaceFirst("<row r=\"2\"", "<row r=\"3\"><c r=\"C3\" t=\"inlineStr\"><is><t>&xxe;</t></is>"
                        + "</c></row><row r=\"2\""));
        assertThat(new String(entry(evil, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8)).contains("&xxe;");

        ImportResult result = read(evil);

        assertThat(result.toString()).doesNotContain("BI-MAT-XXE");
        assertThat(result.rows()).noneMatch(row -> row.name().contains("BI-MAT"));
    }

    @Test
    void aRenamedDataSheetIsStillRead() {
        byte[] file = TemplateFiller.filled(f -> {
            f.workbook().setSheetName(0, "Đợt 1");
            f.row(2, null, "Cá nhân", "Lê A", "Văn thư", null, null, "LDTT", SUMMARY);
        });

        assertThat(read(file).rows()).hasSize(1);
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] entry(byte[] zipBytes, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    private static byte[] replaceEntry(byte[] zipBytes, String name,
            UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(name)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
