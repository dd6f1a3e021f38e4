package vn.tdkt.workflow.paper;

import java.time.LocalDate;

/**
 * A date as the decree writes it in "ngày … tháng … năm …". Nghị định 30/2020/NĐ-CP, appendix I, part I.6 (địa danh
 * và thời gian ban hành): days below 10 and the months 1 and 2 get a leading 0 ("ngày 05 tháng 01", "ngày 15 tháng
 * 3", "tháng 12"), so that nobody can add a digit in front later; other months are written without one.
 */
public record PaperDate(String day, String month, String year) {

    public static PaperDate of(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return new PaperDate(day < 10 ? "0" + day : Integer.toString(day),
                month < 3 ? "0" + month : Integer.toString(month), Integer.toString(date.getYear()));
    }
}
