package vn.tdkt.workflow.spreadsheet;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of one worksheet part (sheetN.xml) with SAX and hands each to a {@link Sink} with the raw
 * values of its first {@link #columns} cells. Streaming rather than POI's XSSFWorkbook keeps memory flat and lets
 * the reader stop at the row limit instead of building the whole sheet first.
 */
final class SheetRows extends DefaultHandler {

    /** Receives each row; returns false to stop reading. */
    interface Sink {
        boolean row(int rowNumber, SheetCell[] cells) throws SAXException;
    }

    /** The workbook's shared strings, which text cells point at by index. */
    interface SharedText {
        int count();

        String get(int index) throws IOException;
    }

    /** Thrown to end the parse early; callers tell it apart from a broken file by {@link #stopped()}. */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Excel holds at most 32,767 characters in a cell; anything longer, inline or shared, is cut there (and fails a
     * length check), so that no cell of a hostile file can grow without end.
     */
    static final int MAX_CELL_CHARS = 32_767;

    private final SharedText sharedStrings;
    private final CellFormats formats;
    private final boolean date1904;
    private final int columns;
    private final Sink sink;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private boolean stopped;
    private int rowNumber;
    private SheetCell[] cells;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private boolean hasValue;
    private boolean inInlineString;
    private boolean inPhonetic;
    private boolean capturing;
    private final StringBuilder value = new StringBuilder();

    SheetRows(SharedText sharedStrings, CellFormats formats, boolean date1904, int columns, Sink sink) {
        this.sharedStrings = sharedStrings;
        this.formats = formats;
        this.date1904 = date1904;
        this.columns = columns;
        this.sink = sink;
    }

    boolean stopped() {
        return stopped;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (Sax.local(localName, qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new SheetCell[columns];
                column = -1;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : columnIndex(r);
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                formula = false;
                hasValue = false;
                value.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> {
                capturing = true;
                hasValue = true;
            }
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> capturing = inInlineString && !inPhonetic;
            default -> {
                // Formatting, merged cells, validations… carry nothing the import needs.
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (Sax.local(localName, qName)) {
            case "v", "t" -> capturing = false;
            case "is" -> {
                inInlineString = false;
                hasValue = true;
            }
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                if (cells != null && column >= 0 && column < columns) {
                    cells[column] = cell();
                }
            }
            case "row" -> {
                if (!sink.row(rowNumber, cells)) {
                    stopped = true;
                    throw new Stop();
                }
                cells = null;
            }
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capturing && value.length() < MAX_CELL_CHARS) {
            value.append(ch, start, Math.min(length, MAX_CELL_CHARS - value.length()));
        }
    }

    private SheetCell cell() throws SAXException {
        String raw = value.toString();
        if (!hasValue) {
            return formula ? new SheetCell(SheetCell.Type.UNCALCULATED, "", null) : null;
        }
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                if (sharedStrings == null) {
                    throw new SAXException("shared string without a shared strings table");
                }
                int index;
                try {
                    index = Integer.parseInt(raw.strip());
                } catch (NumberFormatException e) {
                    throw new SAXException("bad shared string index");
                }
                if (index < 0 || index >= sharedStrings.count()) {
                    throw new SAXException("shared string index out of range");
                }
                try {
                    return text(sharedStrings.get(index));
                } catch (IOException e) {
                    throw new SAXException(e);
                }
            }
            case "str", "inlineStr" -> {
                return text(raw);
            }
            case "b" -> {
                return new SheetCell(SheetCell.Type.BOOLEAN, "1".equals(raw.strip()) ? "TRUE" : "FALSE", null);
            }
            case "e" -> {
                return new SheetCell(SheetCell.Type.ERROR, raw.strip(), null);
            }
            case "d" -> {
                return isoDate(raw.strip());
            }
            default -> {
                return number(raw.strip());
            }
        }
    }

    private static SheetCell text(String text) {
        return text == null || text.isEmpty() ? null : new SheetCell(SheetCell.Type.TEXT, text, null);
    }

    private SheetCell number(String raw) throws SAXException {
        if (raw.isEmpty()) {
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new SAXException("bad number in a numeric cell");
        }
        String text = NumberToTextConverter.toText(number);
        if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(number, date1904);
            if (dateTime != null) {
                return new SheetCell(SheetCell.Type.DATE, text, dateTime.toLocalDate());
            }
        }
        return new SheetCell(SheetCell.Type.NUMBER, text, null);
    }

    private static SheetCell isoDate(String raw) {
        try {
            LocalDate date = raw.length() > 10 ? LocalDateTime.parse(raw).toLocalDate() : LocalDate.parse(raw);
            return new SheetCell(SheetCell.Type.DATE, raw, date);
        } catch (DateTimeParseException e) {
            return text(raw);
        }
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, formats::isDate);
    }

    /** "AB12" → 27: the letters of a cell reference as a 0-based column index. */
    static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                index = index * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                index = index * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (index > 16_384) {
                // Beyond Excel's last column (XFD): no column the import reads.
                return Integer.MAX_VALUE;
            }
        }
        return index - 1;
    }

}
