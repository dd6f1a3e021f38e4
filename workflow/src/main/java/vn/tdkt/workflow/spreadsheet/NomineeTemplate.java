package vn.tdkt.workflow.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.proposal.NomineeDetails;

/**
 * The downloadable nominee list template (mẫu danh sách đề nghị khen thưởng): a data sheet with only the header
 * row, drop-down lists where the choice is closed, and a guide sheet with the rules and the catalog of titles.
 * {@link NomineeImport} reads exactly this layout back.
 */
public final class NomineeTemplate {

    /** Name of the cell range holding the title codes on the guide sheet; the title drop-down refers to it. */
    static final String TITLE_CODES_NAME = "TitleCodes";

    /**
     * Writes the template.
     *
     * @param titleCatalog title code to title name, in the order the guide should list them
     * @return the .xlsx bytes
     */
    public byte[] write(Map<String, String> titleCatalog) {
        Objects.requireNonNull(titleCatalog);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet data = workbook.createSheet(TemplateText.dataSheet());
            XSSFSheet guide = workbook.createSheet(TemplateText.guideSheet());
            writeDataSheet(workbook, data);
            int codeRows = writeGuide(workbook, guide, titleCatalog);
            addDropDowns(workbook, data, codeRows);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Only memory is written to; an IOException here is a fault of the library, not of the user.
            throw new UncheckedIOException(e);
        }
    }

    private static void writeDataSheet(XSSFWorkbook workbook, XSSFSheet sheet) {
        XSSFCellStyle header = workbook.createCellStyle();
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        // Text format ("@") for the typed columns: Excel then keeps 05/09/1985 as typed instead of guessing a
        // date by the computer's locale (which reads it as 9 May on an English Windows), and keeps a name or a
        // code made of digits as text.
        XSSFCellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        XSSFCellStyle longText = workbook.createCellStyle();
        longText.cloneStyleFrom(text);
        longText.setWrapText(true);
        longText.setVerticalAlignment(VerticalAlignment.TOP);

        XSSFRow row = sheet.createRow(0);
        row.setHeightInPoints(32);
        for (NomineeColumn column : NomineeColumn.values()) {
            var cell = row.createCell(column.index());
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(column.index(), column.width * 256);
            if (column == NomineeColumn.SUMMARY) {
                sheet.setDefaultColumnStyle(column.index(), longText);
            } else if (column != NomineeColumn.NUMBER) {
                sheet.setDefaultColumnStyle(column.index(), text);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** Returns how many title codes were listed. */
    private static int writeGuide(XSSFWorkbook workbook, XSSFSheet guide, Map<String, String> titleCatalog) {
        XSSFCellStyle titleStyle = workbook.createCellStyle();
        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        titleStyle.setFont(big);
        XSSFCellStyle header = workbook.createCellStyle();
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);

        guide.setColumnWidth(0, 16 * 256);
        guide.setColumnWidth(1, 80 * 256);
        int r = 0;
        var title = guide.createRow(r++).createCell(0);
        title.setCellValue(TemplateText.get("guide.title"));
        title.setCellStyle(titleStyle);

        Object[] args = guideArguments();
        for (int line = 1; line <= 8; line++) {
            // Long lines are left unwrapped in column A: they run on over the empty cells to the right.
            guide.createRow(r++).createCell(0).setCellValue(TemplateText.format("guide." + line, args));
        }
        r++;
        XSSFRow headerRow = guide.createRow(r++);
        headerRow.createCell(0).setCellValue(TemplateText.get("guide.codeHeader"));
        headerRow.createCell(1).setCellValue(TemplateText.get("guide.nameHeader"));
        headerRow.getCell(0).setCellStyle(header);
        headerRow.getCell(1).setCellStyle(header);

        int firstCodeRow = r;
        for (Map.Entry<String, String> entry : titleCatalog.entrySet()) {
            XSSFRow row = guide.createRow(r++);
            row.createCell(0).setCellValue(entry.getKey());
            row.createCell(1).setCellValue(entry.getValue());
        }
        if (!titleCatalog.isEmpty()) {
            Name codes = workbook.createName();
            codes.setNameName(TITLE_CODES_NAME);
            codes.setRefersToFormula("'" + TemplateText.guideSheet() + "'!$A$" + (firstCodeRow + 1) + ":$A$" + r);
        }
        return titleCatalog.size();
    }

    private static Object[] guideArguments() {
        List<Object> args = new ArrayList<>();
        args.add(TemplateText.dataSheet());
        for (NomineeColumn column : NomineeColumn.values()) {
            args.add(column.header());
        }
        args.addAll(List.of(NomineeDetails.MAX_NAME, NomineeDetails.MAX_DETAILS, NomineeDetails.MAX_REPORT,
                NomineeImport.MAX_ROWS, NomineeImport.MAX_MEGABYTES));
        return args.toArray();
    }

    private static void addDropDowns(XSSFWorkbook workbook, XSSFSheet data, int titleCodes) {
        DataValidationHelper helper = data.getDataValidationHelper();
        String[] kinds = Arrays.stream(NomineeKind.values()).map(TemplateText::kind).toArray(String[]::new);
        data.addValidationData(list(helper, helper.createExplicitListConstraint(kinds), NomineeColumn.KIND, true));
        String[] genders = {TemplateText.gender(NomineeRow.MALE), TemplateText.gender(NomineeRow.FEMALE)};
        data.addValidationData(list(helper, helper.createExplicitListConstraint(genders), NomineeColumn.GENDER, true));
        if (titleCodes > 0) {
            // A suggestion only: the importer also takes the title's name, so Excel must not refuse other text.
            data.addValidationData(list(helper, helper.createFormulaListConstraint(TITLE_CODES_NAME),
                    NomineeColumn.TITLE, false));
        }
    }

    private static DataValidation list(DataValidationHelper helper, DataValidationConstraint constraint,
            NomineeColumn column, boolean strict) {
        var rows = new CellRangeAddressList(1, NomineeImport.MAX_ROWS, column.index(), column.index());
        DataValidation validation = helper.createValidation(constraint, rows);
        // For .xlsx POI inverts this flag into showDropDown, whose "true" means "hide the arrow": true shows it.
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(strict);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setEmptyCellAllowed(true);
        return validation;
    }
}
