package vn.tdkt.workflow.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one thing the import needs from the styles part (styles.xml): which cell formats show a number as a date.
 * Read with SAX into the number format id of each cell format and the workbook's own format codes; POI's
 * StylesTable would build the whole part (fonts, fills, borders…) as a tree first.
 */
final class CellFormats {

    /** Excel's own limit on the cell formats of a workbook. */
    static final int MAX_CELL_FORMATS = 64_000;

    /** Excel keeps some 250 number formats of its own making; this is far above what a workbook needs. */
    static final int MAX_NUMBER_FORMATS = 4_000;

    /** For a workbook without a styles part: every number is a number. */
    static final CellFormats NONE = new CellFormats(new int[0], Map.of());

    private final int[] numberFormatIds;
    private final Map<Integer, String> formatCodes;

    private CellFormats(int[] numberFormatIds, Map<Integer, String> formatCodes) {
        this.numberFormatIds = numberFormatIds;
        this.formatCodes = formatCodes;
    }

    /**
     * @throws TooMuchContent (possibly as the cause of a SAXException) beyond {@link #MAX_CELL_FORMATS} cell formats
     *                        or {@link #MAX_NUMBER_FORMATS} number formats
     */
    static CellFormats read(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
        Reader reader = new Reader();
        Sax.parse(xml, reader);
        return new CellFormats(Arrays.copyOf(reader.ids, reader.count), Map.copyOf(reader.codes));
    }

    /** Whether cells of the format at {@code index} (a cell's {@code s} attribute) show dates, as POI judges it. */
    boolean isDate(int index) {
        if (index < 0 || index >= numberFormatIds.length) {
            return false;
        }
        int id = numberFormatIds[index];
        String code = formatCodes.get(id);
        if (code == null) {
            code = BuiltinFormats.getBuiltinFormat(id);
        }
        return DateUtil.isADateFormat(id, code);
    }

    private static final class Reader extends DefaultHandler {

        private final Map<Integer, String> codes = new HashMap<>();
        private int[] ids = new int[64];
        private int count;
        private boolean inCellFormats;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (Sax.local(localName, qName)) {
                case "numFmt" -> {
                    if (codes.size() == MAX_NUMBER_FORMATS) {
                        throw new SAXException(new TooMuchContent("more than " + MAX_NUMBER_FORMATS
                                + " number formats"));
                    }
                    Integer id = number(attributes.getValue("numFmtId"));
                    String code = attributes.getValue("formatCode");
                    if (id != null && code != null) {
                        codes.put(id, code);
                    }
                }
                case "cellXfs" -> inCellFormats = true;
                case "xf" -> {
                    if (!inCellFormats) {
                        // The cell style formats (cellStyleXfs) are not what a cell's s attribute points at.
                        return;
                    }
                    if (count == MAX_CELL_FORMATS) {
                        throw new SAXException(new TooMuchContent("more than " + MAX_CELL_FORMATS
                                + " cell formats"));
                    }
                    if (count == ids.length) {
                        ids = Arrays.copyOf(ids, Math.min(MAX_CELL_FORMATS, count * 2));
                    }
                    Integer id = number(attributes.getValue("numFmtId"));
                    ids[count++] = id == null ? 0 : id;
                }
                default -> {
                    // Fonts, fills, borders, colours: not the import's concern.
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("cellXfs".equals(Sax.local(localName, qName))) {
                inCellFormats = false;
            }
        }

        private static Integer number(String text) throws SAXException {
            if (text == null) {
                return null;
            }
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new SAXException("bad number format id");
            }
        }
    }
}
