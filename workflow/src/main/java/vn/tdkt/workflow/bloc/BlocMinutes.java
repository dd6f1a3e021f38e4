package vn.tdkt.workflow.bloc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.tdkt.domain.blocreview.BlocReview;
import vn.tdkt.domain.blocreview.RankingLine;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.workflow.spreadsheet.ListExport;

/**
 * The bloc's minutes (biên bản bình xét) attached to its proposals — the ranking and the ballot's counts as a
 * workbook — and the achievement line of each unit proposed. Their words come from {@code bloc-minutes.properties}:
 * the document is Vietnamese whoever records the ballot. Numbers are passed as text, never grouped.
 */
final class BlocMinutes {

    private static final DocumentText TEXT = new DocumentText("bloc-minutes.properties");

    private BlocMinutes() {
    }

    static String fileName(BlocReview review, String titleCode) {
        return text("file.name", review.getYear(), titleCode);
    }

    /** The workbook: one row per member by rank, then the acclaimed unit and the ballot's counts. */
    static byte[] workbook(BlocReview review) {
        List<List<Object>> rows = new ArrayList<>();
        for (RankingLine line : review.getRanking()) {
            rows.add(Arrays.asList(line.getRank(), line.getUnit().getName(), line.getSelfScore(),
                    line.getPeerScore(), line.getFinalScore()));
        }
        rows.add(Arrays.asList(null, text("ballot.leading", review.getLeadingUnit().getName()), null, null, null));
        rows.add(Arrays.asList(null, text("ballot.counts", review.getBallotMembers(), review.getBallotPresent(),
                review.getBallotFor()), null, null, null));
        return new ListExport().write(text("sheet.name", review.getYear()), List.of(text("header.rank"),
                text("header.unit"), text("header.self"), text("header.peer"), text("header.final")), rows);
    }

    /** The achievement report of a unit the bloc proposes: its place and scores. */
    static String achievement(BlocReview review, Unit unit) {
        RankingLine line = review.getRanking().stream().filter(l -> l.getUnit().equals(unit)).findFirst()
                .orElseThrow();
        return text("achievement", line.getRank(), review.getBloc().getName(), review.getYear(),
                line.getFinalScore().toPlainString(), line.getSelfScore().toPlainString(),
                line.getPeerScore().toPlainString());
    }

    private static String text(String key, Object... arguments) {
        return TEXT.get(key, arguments);
    }
}
