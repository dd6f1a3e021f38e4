package vn.tdkt.workflow.paper;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Papers as Word files, for the ones officials edit before signing (the tờ trình, the council's minutes): the same
 * template's XHTML walked into paragraphs, runs and tables, formatted after the template's own style sheet
 * ({@link SimpleCss}). The page is the decree's: A4 portrait, margins 20/20/30/15 mm, page numbers centred at the top
 * from page 2 on, Times New Roman named on every run (Word substitutes it where it is missing).
 *
 * <p>Understands the HTML the templates use: {@code p}, {@code div}, {@code table} (rows, cells, {@code colspan},
 * {@code thead}/{@code tbody}), and inline {@code span}, {@code b}, {@code strong}, {@code i}, {@code em},
 * {@code br}; an empty {@code div} with a top border is a short centred rule. Thread-safe.
 */
public final class DocxWriter {

    private static final String FONT = PaperFonts.TIMES_NEW_ROMAN;

    /** Twips (1/1440 inch) per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    /** The text width of A4 less the decree's side margins (210 - 30 - 15 mm). */
    private static final double TEXT_WIDTH_MM = 165;

    private static final Set<String> BLOCKS = Set.of("p", "div", "table", "h1", "h2", "h3", "ul", "ol", "li");

    private final PaperTemplates templates;

    public DocxWriter(PaperTemplates templates) {
        this.templates = templates;
    }

    /**
     * Writes the paper laid out by its template as .docx; the stream is left open.
     *
     * @throws TemplateProblem before anything is written, if the template fails or its output is not XHTML
     */
    public void write(Paper paper, OutputStream out) throws IOException {
        write(paper.templateName(), paper, out);
    }

    public void write(String templateName, Paper paper, OutputStream out) throws IOException {
        Document xhtml = Xhtml.parse(templates.render(templateName, paper), templateName);
        try (XWPFDocument docx = new XWPFDocument()) {
            new Walk(docx, xhtml).body();
            pageOfTheDecree(docx);
            docx.getProperties().getCoreProperties().setTitle(Xhtml.title(xhtml));
            docx.getProperties().getCoreProperties().setCreator(PdfRenderer.PRODUCER);
            docx.write(out);
        }
    }

    private static void pageOfTheDecree(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(twips(210));
        size.setH(twips(297));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
        margins.setHeader(twips(10));
        margins.setFooter(twips(10));
        // Page numbers from page 2 on: a different (empty) first-page header.
        section.addNewTitlePg();
        docx.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = header.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = number.createRun();
        font(run, 13);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static BigInteger twips(double millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }

    private static void font(XWPFRun run, double points) {
        for (FontCharRange range : new FontCharRange[] {FontCharRange.ascii, FontCharRange.hAnsi, FontCharRange.cs,
            FontCharRange.eastAsia}) {
            run.setFontFamily(FONT, range);
        }
        run.setFontSize(points);
    }

    /** One document's walk: the style sheet and where paragraphs go (the body or a table cell). */
    private static final class Walk {

        private final XWPFDocument docx;
        private final Document xhtml;
        private final SimpleCss css;
        private final Map<Element, Map<String, String>> styles = new HashMap<>();

        /** A block asked for a new page: the next paragraph starts one. */
        private boolean pageBreakPending;

        Walk(XWPFDocument docx, Document xhtml) {
            this.docx = docx;
            this.xhtml = xhtml;
            StringBuilder sheets = new StringBuilder();
            for (Element style : elements(xhtml.getDocumentElement(), "style")) {
                sheets.append(style.getTextContent()).append('\n');
            }
            this.css = SimpleCss.parse(sheets.toString());
        }

        void body() {
            List<Element> bodies = elements(xhtml.getDocumentElement(), "body");
            if (!bodies.isEmpty()) {
                blocks(bodies.get(0), new BodyTarget());
            }
        }

        private Map<String, String> style(Element element) {
            Map<String, String> style = styles.get(element);
            if (style == null) {
                Map<String, String> parent = element.getParentNode() instanceof Element p ? style(p) : Map.of();
                style = css.style(element, parent);
                styles.put(element, style);
            }
            return style;
        }

        /** The children of a block container: blocks become paragraphs and tables, loose text one paragraph. */
        private void blocks(Element container, Target target) {
            XWPFParagraph loose = null;
            for (Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && isBlock(element)) {
                    loose = null;
                    block(element, target);
                } else if (child instanceof Element || !child.getTextContent().isBlank()) {
                    if (loose == null) {
                        loose = paragraph(container, target);
                    }
                    inline(child, loose, style(container));
                }
            }
        }

        private void block(Element element, Target target) {
            String tag = element.getLocalName();
            Map<String, String> style = style(element);
            if ("always".equals(style.get("page-break-before")) || "page".equals(style.get("break-before"))) {
                pageBreakPending = true;
            }
            if (tag.equals("table")) {
                table(element, target);
            } else if (hasBlockChild(element)) {
                blocks(element, target);
            } else if (element.getTextContent().isBlank()) {
                // An empty block keeps its height (the space for a signature) or draws its rule.
                double height = SimpleCss.points(style.get("height"), 0);
                if (style.containsKey("border-top")) {
                    rule(element, target);
                } else if (height > 0) {
                    XWPFParagraph space = target.paragraph();
                    space.setSpacingBefore((int) Math.round(height * 20));
                }
            } else {
                XWPFParagraph paragraph = paragraph(element, target);
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    inline(child, paragraph, style(element));
                }
                trimEnds(paragraph);
            }
        }

        /**
         * A short rule (under the issuer, the motto, the subject): an empty paragraph with a top border, as wide as
         * the CSS says and centred by indenting it from both sides of its column.
         */
        private void rule(Element element, Target target) {
            XWPFParagraph rule = target.paragraph();
            rule.setBorderTop(Borders.SINGLE);
            rule.setSpacingBefore(40);
            rule.setSpacingAfter(0);
            rule.setSpacingBetween(1);
            double width = SimpleCss.points(style(element).get("width"), 0);
            double column = columnWidthPoints(element);
            if (width > 0 && width < column) {
                int indent = (int) Math.round((column - width) / 2 * 20);
                rule.setIndentationLeft(indent);
                rule.setIndentationRight(indent);
            }
            XWPFRun run = rule.createRun();
            font(run, 1);
        }

        /** The width of the text column the element is in: the page's, or its table cell's share of it. */
        private double columnWidthPoints(Element element) {
            double page = TEXT_WIDTH_MM * 72 / 25.4;
            for (Node node = element.getParentNode(); node instanceof Element e; node = node.getParentNode()) {
                String tag = e.getLocalName();
                if (tag.equals("td") || tag.equals("th")) {
                    String width = style(e).get("width");
                    if (width != null && width.endsWith("%")) {
                        try {
                            return page * Double.parseDouble(width.substring(0, width.length() - 1).trim()) / 100;
                        } catch (NumberFormatException ignored) {
                            return page;
                        }
                    }
                    return SimpleCss.points(width, page);
                }
            }
            return page;
        }

        private XWPFParagraph paragraph(Element element, Target target) {
            Map<String, String> style = style(element);
            XWPFParagraph paragraph = target.paragraph();
            if (pageBreakPending) {
                paragraph.setPageBreak(true);
                pageBreakPending = false;
            }
            paragraph.setAlignment(switch (style.getOrDefault("text-align", "left")) {
                case "center" -> ParagraphAlignment.CENTER;
                case "right" -> ParagraphAlignment.RIGHT;
                case "justify" -> ParagraphAlignment.BOTH;
                default -> ParagraphAlignment.LEFT;
            });
            double indent = SimpleCss.points(style.get("text-indent"), 0);
            if (indent > 0) {
                paragraph.setIndentationFirstLine((int) Math.round(indent * 20));
            }
            paragraph.setSpacingBefore((int) Math.round(marginTop(style) * 20));
            paragraph.setSpacingAfter(0);
            return paragraph;
        }

        private static double marginTop(Map<String, String> style) {
            String top = style.get("margin-top");
            if (top == null && style.get("margin") != null) {
                top = style.get("margin").split("\\s+")[0];
            }
            return SimpleCss.points(top, 0);
        }

        private void inline(Node node, XWPFParagraph paragraph, Map<String, String> parentStyle) {
            if (node instanceof Element element) {
                if (element.getLocalName().equals("br")) {
                    paragraph.createRun().addBreak();
                    return;
                }
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    inline(child, paragraph, style(element));
                }
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = node.getTextContent().replaceAll("\\s+", " ");
                if (text.isEmpty()) {
                    return;
                }
                XWPFRun run = paragraph.createRun();
                run.setText(text);
                font(run, SimpleCss.points(parentStyle.get("font-size"), 14));
                String weight = parentStyle.getOrDefault("font-weight", "normal");
                run.setBold(weight.equals("bold") || weight.equals("bolder") || weight.matches("[6-9]00"));
                run.setItalic(parentStyle.getOrDefault("font-style", "normal").equals("italic"));
            }
        }

        /** HTML drops the white space at a block's ends; Word would print it. */
        private static void trimEnds(XWPFParagraph paragraph) {
            List<XWPFRun> runs = paragraph.getRuns();
            if (runs.isEmpty()) {
                return;
            }
            XWPFRun first = runs.get(0);
            if (first.getText(0) != null) {
                first.setText(first.getText(0).stripLeading(), 0);
            }
            XWPFRun last = runs.get(runs.size() - 1);
            if (last.getText(0) != null) {
                last.setText(last.getText(0).stripTrailing(), 0);
            }
        }

        private void table(Element element, Target target) {
            List<Element> rows = elements(element, "tr");
            if (rows.isEmpty()) {
                return;
            }
            int columns = 0;
            for (Element row : rows) {
                int count = 0;
                for (Element cell : cells(row)) {
                    count += span(cell);
                }
                columns = Math.max(columns, count);
            }
            if (pageBreakPending) {
                // A table cannot start a page itself; an empty paragraph before it does.
                paragraph(element, target);
            }
            XWPFTable table = target.table(rows.size(), columns);
            if (table == null) {
                for (Element row : rows) {
                    XWPFParagraph line = paragraph(row, target);
                    for (Element cell : cells(row)) {
                        inline(cell, line, style(row));
                        line.createRun().addTab();
                    }
                    trimEnds(line);
                }
                return;
            }
            table.setWidth("100%");
            table.setWidthType(TableWidthType.PCT);
            boolean bordered = cells(rows.get(0)).stream().anyMatch(c -> style(c).containsKey("border"));
            if (!bordered) {
                table.removeBorders();
            }
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                if (rows.get(r).getParentNode() instanceof Element section && section.getLocalName().equals("thead")) {
                    row.setRepeatHeader(true);
                }
                row.setCantSplitRow(true);
                int column = 0;
                for (Element cell : cells(rows.get(r))) {
                    XWPFTableCell wordCell = row.getCell(column);
                    int span = span(cell);
                    if (span > 1) {
                        wordCell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
                        for (int extra = 1; extra < span; extra++) {
                            row.removeCell(column + 1);
                        }
                    }
                    width(cell, wordCell);
                    CellTarget cellTarget = new CellTarget(wordCell);
                    if (hasBlockChild(cell)) {
                        blocks(cell, cellTarget);
                    } else {
                        XWPFParagraph paragraph = paragraph(cell, cellTarget);
                        for (Node child = cell.getFirstChild(); child != null; child = child.getNextSibling()) {
                            inline(child, paragraph, style(cell));
                        }
                        trimEnds(paragraph);
                    }
                    column++;
                }
            }
        }

        private void width(Element cell, XWPFTableCell target) {
            String width = style(cell).get("width");
            if (width == null) {
                return;
            }
            if (width.endsWith("%")) {
                target.setWidth(width);
                target.setWidthType(TableWidthType.PCT);
            } else {
                double points = SimpleCss.points(width, 0);
                if (points > 0) {
                    target.setWidth(Long.toString(Math.round(points * 20)));
                    target.setWidthType(TableWidthType.DXA);
                }
            }
        }

        private boolean isBlock(Element element) {
            return BLOCKS.contains(element.getLocalName());
        }

        private boolean hasBlockChild(Element element) {
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e && isBlock(e)) {
                    return true;
                }
            }
            return false;
        }

        private static List<Element> cells(Element row) {
            return children(row).stream().filter(c -> c.getLocalName().equals("td") || c.getLocalName().equals("th"))
                    .toList();
        }

        private static int span(Element cell) {
            try {
                return Math.max(1, Integer.parseInt(cell.getAttribute("colspan").trim()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        /** Where paragraphs and tables go. */
        private interface Target {

            XWPFParagraph paragraph();

            XWPFTable table(int rows, int columns);
        }

        private final class BodyTarget implements Target {

            @Override
            public XWPFParagraph paragraph() {
                return docx.createParagraph();
            }

            @Override
            public XWPFTable table(int rows, int columns) {
                return docx.createTable(rows, columns);
            }
        }

        /** A new cell holds one empty paragraph; the first paragraph written uses it. */
        private static final class CellTarget implements Target {

            private final XWPFTableCell cell;
            private boolean used;

            CellTarget(XWPFTableCell cell) {
                this.cell = cell;
            }

            @Override
            public XWPFParagraph paragraph() {
                if (!used) {
                    used = true;
                    return cell.getParagraphs().get(0);
                }
                return cell.addParagraph();
            }

            /** A table in a table: Word could nest it, the papers do not; its rows become lines of text. */
            @Override
            public XWPFTable table(int rows, int columns) {
                return null;
            }
        }
    }

    /** The elements of that local name below the node, in document order. */
    private static List<Element> elements(Element root, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static List<Element> children(Element element) {
        List<Element> found = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                if (e.getLocalName().equals("thead") || e.getLocalName().equals("tbody")) {
                    found.addAll(children(e));
                } else {
                    found.add(e);
                }
            }
        }
        return found;
    }
}
