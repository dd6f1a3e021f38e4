package vn.tdkt.workflow.paper;

import java.time.LocalDate;

/**
 * A date as the decree writes it in "ngày … tháng … năm …". Nghị định 30/2020/NĐ-CP, appendix I, on the place and
 * time of issue: "đối với những số thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước". So days
 * below 10 and the months 1 and 2 get a leading 0 ("ngày 05 tháng 01", "ngày 15 tháng 3", "tháng 12"): nobody can
 * turn them into another date by writing a digit in front; from March on no such digit makes a month, so none is
 * added.
 */
public record PaperDate(String day, String month, String year) {

    public static PaperDate of(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return new PaperDate(day < 10 ? "0" + day : Integer.toString(day),
                month < 3 ? "0" + month : Integer.toString(month), Integer.toString(date.getYear()));
    }
}
