package vn.tdkt.workflow.paper;

import java.time.LocalDate;

/**
 * What every paper of the decree's form starts with: the issuing body, "Số: number", and the place and date line.
 *
 * @param number number and symbol, e.g. "01/QĐ-UBND"; the symbol differs between provinces, so it is the caller's
 */
public record Heading(Letterhead letterhead, String number, String place, LocalDate date) {

    public Heading {
        Require.present(letterhead, "letterhead");
        number = Require.text(number, "number");
        place = Require.text(place, "place");
        Require.present(date, "date");
    }
}
