package vn.tdkt.workflow.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.SAXException;
import vn.tdkt.domain.catalog.NomineeKind;
import vn.tdkt.domain.proposal.NomineeDetails;
import vn.tdkt.domain.shared.Texts;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * Reads an uploaded nominee list (nhập danh sách đề nghị từ Excel) filled in {@link NomineeTemplate}: checks the
 * file, then every row, and returns the valid rows with an error for each bad cell, naming its row and column.
 * Nothing of the library escapes: a file that is not a readable .xlsx is one {@code import.error.notXlsx}.
 *
 * <p>Every part is streamed and bounded, so that the memory of one upload does not grow with what it unpacks to:
 * only the parts the import needs are opened ({@link XlsxPackage}), each stops at its limit of unpacked bytes, the
 * shared strings wait in a temporary file ({@link SharedStringsFile}) and the cell formats are read as numbers
 * ({@link CellFormats}). A file beyond those limits is one {@code import.error.tooMuchContent}.
 */
public final class NomineeImport {

    /** Most data rows one file may hold: a larger list is split, so that one upload stays a few seconds. */
    public static final int MAX_ROWS = 5_000;
    public static final int MAX_MEGABYTES = 10;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    /**
     * Most bytes the data sheet or the shared strings may unpack to, counted as they come out of the inflater
     * (whatever the zip claims): a full legal list (5,000 rows with 8,000-character summaries) stays under it. Both
     * parts are streamed, so this bounds the time of one upload, not its memory.
     */
    static final int MAX_PART_MEGABYTES = 160;
    static final long MAX_PART_BYTES = MAX_PART_MEGABYTES * 1024L * 1024L;

    /** Most distinct strings the workbook may share (see {@link SharedStringsFile}). */
    static final int MAX_SHARED_STRINGS = SharedStringsFile.MAX_STRINGS;

    /** Most cell formats the styles part may hold (Excel's own limit). */
    static final int MAX_CELL_FORMATS = CellFormats.MAX_CELL_FORMATS;

    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /** How much of an offending value a message quotes. */
    private static final int QUOTED_CHARS = 60;

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Logger LOG = Logger.getLogger(NomineeImport.class.getName());

    private static final Map<String, NomineeKind> KINDS = kinds();
    private static final Map<String, String> GENDERS = Map.of(
            TemplateText.fold(TemplateText.gender(NomineeRow.MALE)), NomineeRow.MALE,
            TemplateText.fold(TemplateText.gender(NomineeRow.FEMALE)), NomineeRow.FEMALE);

    private final Clock clock;

    /** Reads with today's date in Vietnam for the birth date check. */
    public NomineeImport() {
        this(Clock.system(BusinessClock.ZONE));
    }

    public NomineeImport(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Reads an uploaded workbook.
     *
     * @param in           the uploaded bytes; read at most {@link #MAX_BYTES} + 1 of them, not closed here
     * @param declaredSize the size the upload announced (or -1 when unknown): a larger one is refused unread
     * @param titleCatalog title code to title name; a cell may hold either, in any case
     */
    public ImportResult read(InputStream in, long declaredSize, Map<String, String> titleCatalog) {
        Objects.requireNonNull(in);
        Objects.requireNonNull(titleCatalog);
        if (declaredSize > MAX_BYTES) {
            return ImportResult.refused(RowError.file("import.error.tooLarge", MAX_MEGABYTES));
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            // The upload itself broke off: a transport fault, not something the user can fix in the file.
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            return ImportResult.refused(RowError.file("import.error.tooLarge", MAX_MEGABYTES));
        }
        if (!Xlsx.looksLikeZip(bytes)) {
            return ImportResult.refused(RowError.file("import.error.notXlsx"));
        }
        return readPackage(bytes, titles(titleCatalog));
    }

    private ImportResult readPackage(byte[] bytes, Map<String, String> titles) {
        Rows rows = new Rows(titles, LocalDate.now(clock));
        try (XlsxPackage pkg = XlsxPackage.open(bytes)) {
            XlsxPackage.Workbook workbook = pkg.workbook(TemplateText.dataSheet());
            if (workbook.dataSheet() == null) {
                return ImportResult.refused(RowError.file("import.error.notXlsx"));
            }
            CellFormats formats = CellFormats.NONE;
            if (workbook.styles() != null && pkg.has(workbook.styles())) {
                try (InputStream xml = pkg.part(workbook.styles(), XlsxPackage.MAX_SMALL_PART_BYTES)) {
                    formats = CellFormats.read(xml);
                }
            }
            try (SharedStringsFile strings = sharedStrings(pkg, workbook)) {
                SheetRows handler = new SheetRows(strings, formats, workbook.date1904(),
                        NomineeColumn.values().length, rows::accept);
                try (InputStream sheetXml = pkg.part(workbook.dataSheet(), MAX_PART_BYTES)) {
                    Sax.parse(sheetXml, handler);
                } catch (SAXException e) {
                    if (!handler.stopped()) {
                        throw e;
                    }
                }
            }
            return rows.result();
        } catch (RuntimeException e) {
            if (thrownByUs(e)) {
                // A fault of this code, not of the file: let it reach the error page and the log as such.
                throw e;
            }
            return refusedAsNotXlsx(e);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            if (TooMuchContent.causedBy(e)) {
                LOG.log(Level.INFO, "Uploaded file refused as holding too much: {0}", e.toString());
                return ImportResult.refused(RowError.file("import.error.tooMuchContent", MAX_PART_MEGABYTES,
                        MAX_SHARED_STRINGS));
            }
            return refusedAsNotXlsx(e);
        }
    }

    /** The shared strings, spilled to a temporary file; {@code null} for a workbook that shares none. */
    private static SharedStringsFile sharedStrings(XlsxPackage pkg, XlsxPackage.Workbook workbook)
            throws IOException, SAXException, ParserConfigurationException {
        if (workbook.sharedStrings() == null || !pkg.has(workbook.sharedStrings())) {
            return null;
        }
        try (InputStream xml = pkg.part(workbook.sharedStrings(), MAX_PART_BYTES)) {
            return SharedStringsFile.read(xml);
        }
    }

    /**
     * A zip that is not a workbook, a broken part, a DOCTYPE…: the user needs one message, the log keeps the cause
     * for whoever wonders why a file was refused.
     */
    private static ImportResult refusedAsNotXlsx(Exception cause) {
        LOG.log(Level.INFO, "Uploaded file refused as not a readable .xlsx: {0}", cause.toString());
        LOG.log(Level.FINE, "Cause", cause);
        return ImportResult.refused(RowError.file("import.error.notXlsx"));
    }

    private static boolean thrownByUs(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("vn.tdkt.");
    }

    private static Map<String, NomineeKind> kinds() {
        Map<String, NomineeKind> kinds = new HashMap<>();
        for (NomineeKind kind : NomineeKind.values()) {
            kinds.put(TemplateText.fold(TemplateText.kind(kind)), kind);
            kinds.put(TemplateText.fold(kind.name()), kind);
        }
        return Map.copyOf(kinds);
    }

    /** Catalog lookup by code, then by exact name, both without regard to case or spacing. */
    private static Map<String, String> titles(Map<String, String> catalog) {
        Map<String, String> byName = new HashMap<>();
        catalog.forEach((code, name) -> {
            if (name != null) {
                byName.putIfAbsent(titleKey(name), code);
            }
        });
        catalog.keySet().forEach(code -> byName.put(titleKey(code), code));
        return byName;
    }

    private static String titleKey(String text) {
        return Texts.normalise(text).toLowerCase(Locale.ROOT);
    }

    /** The checks of one row at a time; collects the results in sheet order. */
    private static final class Rows {

        private final Map<String, String> titles;
        private final LocalDate today;
        private final List<NomineeRow> valid = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private int dataRows;
        private boolean headerSeen;
        private RowError fileError;

        Rows(Map<String, String> titles, LocalDate today) {
            this.titles = titles;
            this.today = today;
        }

        ImportResult result() {
            if (fileError == null && !headerSeen) {
                fileError = RowError.cell(1, NomineeColumn.NUMBER.letter(), "import.error.notTemplate",
                        NomineeColumn.NUMBER.header(), "");
            }
            if (fileError == null && dataRows == 0) {
                fileError = RowError.file("import.error.empty");
            }
            return fileError != null ? new ImportResult(List.of(), List.of(fileError), dataRows)
                    : new ImportResult(valid, errors, dataRows);
        }

        /** Returns false to stop reading: the header is wrong or the list is too long. */
        boolean accept(int rowNumber, SheetCell[] cells) {
            if (!headerSeen) {
                headerSeen = true;
                fileError = rowNumber == 1 ? header(cells)
                        : RowError.cell(1, NomineeColumn.NUMBER.letter(), "import.error.notTemplate",
                                NomineeColumn.NUMBER.header(), "");
                return fileError == null;
            }
            if (isBlank(cells)) {
                return true;
            }
            if (++dataRows > MAX_ROWS) {
                fileError = RowError.file("import.error.tooManyRows", MAX_ROWS);
                return false;
            }
            check(rowNumber, cells);
            return true;
        }

        private RowError header(SheetCell[] cells) {
            for (NomineeColumn column : NomineeColumn.values()) {
                SheetCell cell = cells[column.index()];
                String found = cell == null ? "" : cell.text();
                if (!TemplateText.fold(found).equals(TemplateText.fold(column.header()))) {
                    return RowError.cell(1, column.letter(), "import.error.notTemplate", column.header(),
                            quote(Texts.normalise(found)));
                }
            }
            return null;
        }

        /** A row is blank when nothing but the STT number is filled: clerks often number rows ahead. */
        private boolean isBlank(SheetCell[] cells) {
            for (int i = NomineeColumn.KIND.index(); i < cells.length; i++) {
                SheetCell cell = cells[i];
                if (cell != null && (cell.type() != SheetCell.Type.TEXT || !isSpace(cell.text()))) {
                    return false;
                }
            }
            return true;
        }

        /** Only whitespace, counting the no-break spaces that {@link Texts#normalise} also removes. */
        private static boolean isSpace(String text) {
            return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
        }

        private void check(int row, SheetCell[] cells) {
            int before = errors.size();
            NomineeKind kind = kind(row, cells);
            String name = text(row, cells, NomineeColumn.NAME, true, NomineeDetails.MAX_NAME);
            // Only a person's position is required; with an unreadable kind the kind error is enough.
            String position = text(row, cells, NomineeColumn.POSITION, kind == NomineeKind.INDIVIDUAL,
                    NomineeDetails.MAX_DETAILS);
            String gender = gender(row, cells, kind);
            LocalDate birthDate = birthDate(row, cells, kind);
            String titleCode = title(row, cells);
            String summary = text(row, cells, NomineeColumn.SUMMARY, true, NomineeDetails.MAX_REPORT);
            if (errors.size() == before) {
                valid.add(new NomineeRow(row, kind, name, position, gender, birthDate, titleCode, summary));
            }
        }

        private NomineeKind kind(int row, SheetCell[] cells) {
            String text = value(row, cells, NomineeColumn.KIND, true);
            if (text == null) {
                return null;
            }
            NomineeKind kind = KINDS.get(TemplateText.fold(text));
            if (kind == null) {
                error(row, NomineeColumn.KIND, "import.error.unknownKind", quote(text), Arrays
                        .stream(NomineeKind.values()).map(TemplateText::kind).collect(Collectors.joining(", ")));
            }
            return kind;
        }

        private String gender(int row, SheetCell[] cells, NomineeKind kind) {
            String text = value(row, cells, NomineeColumn.GENDER, false);
            if (text == null || !individualOnly(row, NomineeColumn.GENDER, kind)) {
                return null;
            }
            String gender = GENDERS.get(TemplateText.fold(text));
            if (gender == null) {
                error(row, NomineeColumn.GENDER, "import.error.unknownGender", quote(text),
                        TemplateText.gender(NomineeRow.MALE) + ", " + TemplateText.gender(NomineeRow.FEMALE));
            }
            return gender;
        }

        private LocalDate birthDate(int row, SheetCell[] cells, NomineeKind kind) {
            String text = value(row, cells, NomineeColumn.BIRTH_DATE, false);
            if (text == null || !individualOnly(row, NomineeColumn.BIRTH_DATE, kind)) {
                return null;
            }
            SheetCell cell = cells[NomineeColumn.BIRTH_DATE.index()];
            LocalDate date = cell.type() == SheetCell.Type.DATE ? cell.date() : dayMonthYear(text);
            if (date == null) {
                error(row, NomineeColumn.BIRTH_DATE, "import.error.invalidDate", quote(text));
                return null;
            }
            if (date.isAfter(today)) {
                error(row, NomineeColumn.BIRTH_DATE, "import.error.futureDate", DD_MM_YYYY.format(date));
                return null;
            }
            if (date.isBefore(EARLIEST_BIRTH_DATE)) {
                error(row, NomineeColumn.BIRTH_DATE, "import.error.dateTooEarly", DD_MM_YYYY.format(date),
                        String.valueOf(EARLIEST_BIRTH_DATE.getYear()));
                return null;
            }
            return date;
        }

        private String title(int row, SheetCell[] cells) {
            String text = value(row, cells, NomineeColumn.TITLE, true);
            if (text == null) {
                return null;
            }
            String code = titles.get(text.toLowerCase(Locale.ROOT));
            if (code == null) {
                error(row, NomineeColumn.TITLE, "import.error.unknownTitle", quote(text));
            }
            return code;
        }

        /**
         * Gender and birth date belong to a person only: for another kind of nominee they are an error rather
         * than silently dropped. Returns whether the value may be taken.
         */
        private boolean individualOnly(int row, NomineeColumn column, NomineeKind kind) {
            if (kind != null && kind != NomineeKind.INDIVIDUAL) {
                error(row, column, "import.error.individualOnly", column.header(), TemplateText.kind(kind));
                return false;
            }
            return true;
        }

        /** A free-text cell: {@link #value}, then at most {@code max} code points (the domain's limits). */
        private String text(int row, SheetCell[] cells, NomineeColumn column, boolean required, int max) {
            String text = value(row, cells, column, required);
            if (text == null) {
                return null;
            }
            int length = text.codePointCount(0, text.length());
            if (length > max) {
                error(row, column, "import.error.tooLong", column.header(), max, length);
                return null;
            }
            return text;
        }

        /**
         * The cell as normalised text (NFC, spaces collapsed; the summary keeps its line breaks), or
         * {@code null} when it is empty, after an error if {@code required}, or when a formula gives no usable
         * value, after an error. A date cell reads as dd/MM/yyyy and a number as Excel shows it.
         */
        private String value(int row, SheetCell[] cells, NomineeColumn column, boolean required) {
            SheetCell cell = cells[column.index()];
            String text = null;
            if (cell != null) {
                switch (cell.type()) {
                    case ERROR -> {
                        error(row, column, "import.error.formulaError", quote(cell.text()));
                        return null;
                    }
                    case UNCALCULATED -> {
                        error(row, column, "import.error.formulaNotCalculated");
                        return null;
                    }
                    case DATE -> text = DD_MM_YYYY.format(cell.date());
                    default -> text = column == NomineeColumn.SUMMARY ? Texts.normaliseMultiline(cell.text())
                            : Texts.normalise(cell.text());
                }
            }
            if (text == null || text.isEmpty()) {
                if (required) {
                    error(row, column, "import.error.required", column.header());
                }
                return null;
            }
            return text;
        }

        private void error(int row, NomineeColumn column, String key, Object... details) {
            errors.add(RowError.cell(row, column.letter(), key, details));
        }
    }

    /** Long values are cut in messages: the user needs to recognise the cell, not to read it back. */
    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.codePointCount(0, value.length()) <= QUOTED_CHARS) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, QUOTED_CHARS)) + "…";
    }

    /** Day/month/year typed as text: 05/09/1985, 5/9/1985, 05-09-1985 or 05.09.1985; never a 2-digit year. */
    static LocalDate dayMonthYear(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
