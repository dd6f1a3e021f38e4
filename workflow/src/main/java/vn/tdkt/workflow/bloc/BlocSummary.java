package vn.tdkt.workflow.bloc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.tdkt.domain.bloc.BlocMember;
import vn.tdkt.domain.blocreview.BlocReview;
import vn.tdkt.domain.blocreview.RankingLine;
import vn.tdkt.domain.movement.Criterion;
import vn.tdkt.domain.organisation.Unit;

/**
 * The bloc's review report (báo cáo sơ kết 6 tháng / tổng kết năm) read at the conference, as a Word document in
 * the administrative layout (A4, Times New Roman, the national motto block, the head's signature): the movement,
 * the members, the ranking — or, before consolidation, who has scored — the averages by criterion, the leading
 * unit and the acclamation ballot. Its words come from {@code bloc-summary.properties}.
 */
final class BlocSummary {

    private static final DocumentText TEXT = new DocumentText("bloc-summary.properties");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** A4 in twentieths of a point, with the margins of Decree 30/2020 (3 cm left, 2 cm elsewhere). */
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    private static final long CM_2 = 1134;
    private static final long CM_3 = 1701;
    private static final int BODY_SIZE = 13;
    private static final int TABLE_SIZE = 12;

    private final BlocReview review;
    private final XWPFDocument doc = new XWPFDocument();

    private BlocSummary(BlocReview review) {
        this.review = review;
    }

    static String fileName(BlocReview review) {
        return TEXT.get("file.name." + review.getKind(), review.getYear(), review.getBloc().getName());
    }

    /** The report as of {@code date} (the day it is printed for the conference). */
    static byte[] write(BlocReview review, LocalDate date) {
        return new BlocSummary(review).compose(date);
    }

    private byte[] compose(LocalDate date) {
        pageAndFont();
        header(date);
        paragraph(ParagraphAlignment.CENTER, true, false, 14, TEXT.get("title")).setSpacingBefore(240);
        paragraph(ParagraphAlignment.CENTER, true, false, 14, TEXT.get("subtitle." + review.getKind(),
                review.getYear(), review.getBloc().getName()));
        movement();
        members();
        results();
        criteria();
        highlights();
        ballot();
        signature();
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pageAndFont() {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(CM_2));
        margins.setBottom(BigInteger.valueOf(CM_2));
        margins.setLeft(BigInteger.valueOf(CM_3));
        margins.setRight(BigInteger.valueOf(CM_2));
        // The default font of the document too, so that what a user types into it later matches.
        CTFonts fonts = CTFonts.Factory.newInstance();
        String font = TEXT.get("font");
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        fonts.setEastAsia(font);
        doc.createStyles().setDefaultFonts(fonts);
    }

    /** The bloc and its head on the left, the national motto and the date on the right, without borders. */
    private void header(LocalDate date) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        String head = review.getBloc().headIn(review.getYear()).map(Unit::getName).orElse("");
        line(left.getParagraphs().get(0), ParagraphAlignment.CENTER, true, false, TABLE_SIZE,
                review.getBloc().getName().toUpperCase(VIETNAMESE));
        line(left.addParagraph(), ParagraphAlignment.CENTER, false, false, TABLE_SIZE, TEXT.get("header.head", head));
        line(right.getParagraphs().get(0), ParagraphAlignment.CENTER, true, false, TABLE_SIZE,
                TEXT.get("motto.country"));
        line(right.addParagraph(), ParagraphAlignment.CENTER, true, false, BODY_SIZE, TEXT.get("motto.slogan"));
        line(right.addParagraph(), ParagraphAlignment.CENTER, false, true, BODY_SIZE, TEXT.get("header.date",
                twoDigits(date.getDayOfMonth()), twoDigits(date.getMonthValue()), date.getYear()));
    }

    private void movement() {
        heading(TEXT.get("section.movement"));
        body(TEXT.get("movement", review.getYear(), review.getMovement().getName(),
                review.getMovement().getCriteria().size()));
    }

    private void members() {
        heading(TEXT.get("section.members", review.getYear()));
        List<BlocMember> members = review.getBloc().membersIn(review.getYear());
        for (int i = 0; i < members.size(); i++) {
            BlocMember member = members.get(i);
            body(TEXT.get("member." + member.getRole(), i + 1, member.getUnit().getName()));
        }
    }

    /** The ranking once consolidated; before that, which members have finished scoring. */
    private void results() {
        heading(TEXT.get("section.results"));
        List<RankingLine> ranking = review.getRanking();
        if (ranking.isEmpty()) {
            body(TEXT.get("results.pending"));
            for (Unit member : review.members()) {
                body(TEXT.get(review.hasFinishedScoring(member) ? "progress.done" : "progress.pending",
                        member.getName()));
            }
            return;
        }
        body(TEXT.get("results.intro"));
        XWPFTable table = table(ranking.size(), TEXT.get("header.rank"), TEXT.get("header.unit"),
                TEXT.get("header.self"), TEXT.get("header.peer"), TEXT.get("header.final"));
        for (int i = 0; i < ranking.size(); i++) {
            RankingLine line = ranking.get(i);
            row(table, i + 1, String.valueOf(line.getRank()), line.getUnit().getName(), number(line.getSelfScore()),
                    number(line.getPeerScore()), number(line.getFinalScore()));
        }
    }

    private void criteria() {
        heading(TEXT.get("section.criteria"));
        body(TEXT.get("criteria.intro"));
        List<Criterion> criteria = review.getMovement().getCriteria();
        XWPFTable table = table(criteria.size(), TEXT.get("header.no"), TEXT.get("header.criterion"),
                TEXT.get("header.max"), TEXT.get("header.average"));
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            row(table, i + 1, String.valueOf(criterion.getPosition()), criterion.getName(),
                    number(criterion.getMaxScore().stripTrailingZeros()),
                    review.criterionAverage(criterion.getPosition()).map(BlocSummary::number)
                            .orElse(TEXT.get("criteria.noScore")));
        }
    }

    private void highlights() {
        heading(TEXT.get("section.highlights"));
        List<RankingLine> first = review.getRanking().stream().filter(line -> line.getRank() == 1).toList();
        if (first.isEmpty()) {
            body(TEXT.get("highlights.pending"));
        }
        first.forEach(line -> body(TEXT.get("highlights.leading", line.getUnit().getName(),
                number(line.getFinalScore()))));
    }

    private void ballot() {
        heading(TEXT.get("section.ballot"));
        if (review.getBallotMembers() == null) {
            body(TEXT.get("ballot.none"));
            return;
        }
        body(TEXT.get("ballot.counts", review.getBallotMembers(), review.getBallotPresent(), review.getBallotFor()));
        body(review.getLeadingUnit() == null ? TEXT.get("ballot.notCarried")
                : TEXT.get("ballot.carried", review.getLeadingUnit().getName()));
    }

    /** The recipients on the left, the head's signature on the right, as in every administrative document. */
    private void signature() {
        doc.createParagraph();
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(left.getParagraphs().get(0), ParagraphAlignment.LEFT, true, true, TABLE_SIZE,
                TEXT.get("recipients.title"));
        for (String key : List.of("recipients.board", "recipients.members", "recipients.file")) {
            line(left.addParagraph(), ParagraphAlignment.LEFT, false, false, 11, TEXT.get(key));
        }
        line(right.getParagraphs().get(0), ParagraphAlignment.CENTER, true, false, BODY_SIZE,
                TEXT.get("signature.for"));
        line(right.addParagraph(), ParagraphAlignment.CENTER, true, false, BODY_SIZE, TEXT.get("signature.role"));
        line(right.addParagraph(), ParagraphAlignment.CENTER, false, true, TABLE_SIZE, TEXT.get("signature.hint"));
        for (int i = 0; i < 3; i++) {
            right.addParagraph();
        }
        line(right.addParagraph(), ParagraphAlignment.CENTER, true, false, BODY_SIZE,
                review.getBloc().headIn(review.getYear()).map(Unit::getName).orElse(""));
    }

    /** A table with a bold header row and {@code rows} empty rows below it. */
    private XWPFTable table(int rows, String... headers) {
        XWPFTable table = doc.createTable(rows + 1, headers.length);
        table.setWidth("100%");
        for (int c = 0; c < headers.length; c++) {
            line(table.getRow(0).getCell(c).getParagraphs().get(0), ParagraphAlignment.CENTER, true, false,
                    TABLE_SIZE, headers[c]);
        }
        return table;
    }

    /** Fills a row: the second column (a name) on the left, numbers centred. */
    private void row(XWPFTable table, int index, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            line(table.getRow(index).getCell(c).getParagraphs().get(0),
                    c == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER, false, false, TABLE_SIZE, cells[c]);
        }
    }

    private void heading(String text) {
        paragraph(ParagraphAlignment.LEFT, true, false, BODY_SIZE, text).setSpacingBefore(200);
    }

    private void body(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH, false, false, BODY_SIZE, text);
        paragraph.setIndentationFirstLine(567);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, boolean bold, boolean italic, int size,
            String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        line(paragraph, alignment, bold, italic, size, text);
        return paragraph;
    }

    private static void line(XWPFParagraph paragraph, ParagraphAlignment alignment, boolean bold, boolean italic,
            int size, String text) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(60);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(TEXT.get("font"));
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    /** "47,50": a Vietnamese decimal comma, never grouped. */
    private static String number(BigDecimal value) {
        return value.toPlainString().replace(".", TEXT.get("number.decimalSeparator"));
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }
}
