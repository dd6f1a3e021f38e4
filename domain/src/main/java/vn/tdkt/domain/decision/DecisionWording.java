package vn.tdkt.domain.decision;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.catalog.TitleCategory;

/**
 * The wording the system proposes for a decision (trích yếu), from the titles and forms it awards: "Về việc tặng
 * danh hiệu Chiến sĩ thi đua cấp tỉnh", "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh", or, for several, "Về việc
 * khen thưởng". The approver may write another.
 */
public final class DecisionWording {

    private static final ResourceBundle WORDING = ResourceBundle.getBundle("vn.tdkt.domain.decision.wording");

    private DecisionWording() {
    }

    /** "Quyết định số 01/QĐ-UBND ngày 05/12/2026", as a certificate cites its decision. */
    public static String decisionLine(String number, LocalDate date) {
        return MessageFormat.format(WORDING.getString("certificate.decisionLine"), number,
                date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    /**
     * "Tây Ninh, ngày 05 tháng 12 năm 2026". Days and months below 10 take a leading zero (Decree 30/2020,
     * appendix I, part II.5; the decree writes months 1 and 2 with it, and so does practice for the others).
     */
    public static String placeAndDate(String place, LocalDate date) {
        return MessageFormat.format(WORDING.getString("certificate.placeDate"), place,
                "%02d".formatted(date.getDayOfMonth()), "%02d".formatted(date.getMonthValue()),
                Integer.toString(date.getYear()));
    }

    /** A line of the decision's wording, with its arguments. */
    public static String text(String key, Object... arguments) {
        return MessageFormat.format(WORDING.getString(key), arguments);
    }

    public static String subjectFor(Collection<Title> titles) {
        List<Title> distinct = titles.stream().distinct().toList();
        if (distinct.size() != 1) {
            return WORDING.getString("subject.several");
        }
        Title title = distinct.get(0);
        String key = title.getCategory() == TitleCategory.TITLE ? "subject.title" : "subject.form";
        return MessageFormat.format(WORDING.getString(key), title.getNameVi());
    }
}
