package vn.tdkt.workflow.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list exported as it is read: never more than {@link ListExport#MAX_ROWS} rows, read a page at a time, a note
 * when the list was cut, and no temporary file left behind, whether the export is written or abandoned.
 */
class ListSheetTest {

    private static final String NOTE = "Danh sách dài hơn 50.000 dòng: tệp chỉ gồm 50.000 dòng đầu.";

    @TempDir
    Path poiTemp;

    @BeforeEach
    void poiWritesItsTemporaryFilesHere() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
    }

    @AfterEach
    void poiBackToItsDefault() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void aListLongerThanTheCapIsReadOnePageAtATimeAndEndsWithTheNote() throws IOException {
        List<int[]> requests = new ArrayList<>();
        ListSheet.PageReader<Integer> endless = (first, max) -> {
            requests.add(new int[] {first, max});
            return IntStream.range(first, first + max).boxed().toList();
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (ListSheet sheet = new ListSheet("Hộp công việc", List.of("Số", "Tên"), NOTE)) {
            sheet.addPages(endless, i -> List.of(i + 1, "Hồ sơ " + (i + 1)));
            assertThat(sheet.isCut()).isTrue();
            assertThat(sheet.rows()).isEqualTo(ListExport.MAX_ROWS);
            sheet.writeTo(out);
        }

        assertThat(requests).allSatisfy(r -> assertThat(r[1]).isBetween(1, ListExport.PAGE_ROWS));
        assertThat(requests.stream().mapToInt(r -> r[1]).sum()).as("items read")
                .isEqualTo(ListExport.MAX_ROWS + 1);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(ListExport.MAX_ROWS).getCell(1).getStringCellValue()).isEqualTo("Hồ sơ 50000");
            assertThat(sheet.getRow(ListExport.MAX_ROWS + 1) == null).as("a blank row before the note").isTrue();
            assertThat(sheet.getRow(ListExport.MAX_ROWS + 2).getCell(0).getStringCellValue()).isEqualTo(NOTE);
            assertThat(sheet.getLastRowNum()).isEqualTo(ListExport.MAX_ROWS + 2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as("the filter covers the list only")
                    .isEqualTo("A1:B50001");
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void aListWithinTheCapIsWrittenWholeWithoutANote() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ListSheet sheet = new ListSheet("Sổ", List.of("Số"), NOTE)) {
            sheet.addPages((first, max) -> IntStream.range(first, Math.min(first + max, 1_234)).boxed().toList(),
                    i -> List.of(i));
            assertThat(sheet.isCut()).isFalse();
            sheet.writeTo(out);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1_234);
        }
    }

    @Test
    void theTemporaryFilesAreGoneWhenTheReadingFailsMidway() {
        ListSheet sheet = new ListSheet("Sổ", List.of("Số"), NOTE);
        assertThatThrownBy(() -> sheet.addPages((first, max) -> {
            if (first >= 2_000) {
                throw new IllegalStateException("database gone");
            }
            return IntStream.range(first, first + max).boxed().toList();
        }, i -> List.of(i))).hasMessage("database gone");
        assertThat(files()).as("rows beyond the window are on disk while the list is read").isNotEmpty();

        sheet.close();

        assertThat(files()).isEmpty();
    }

    @Test
    void theTemporaryFilesAreGoneWhenTheBrowserGoesAwayWhileWriting() {
        ListSheet sheet = new ListSheet("Sổ", List.of("Số"), NOTE);
        IntStream.range(0, 1_000).forEach(i -> sheet.add(List.of(i)));
        OutputStream brokenConnection = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };

        assertThatThrownBy(() -> sheet.writeTo(brokenConnection)).isInstanceOf(IOException.class);
        sheet.close();

        assertThat(files()).isEmpty();
    }

    private List<Path> files() {
        try (Stream<Path> all = Files.walk(poiTemp)) {
            return all.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
