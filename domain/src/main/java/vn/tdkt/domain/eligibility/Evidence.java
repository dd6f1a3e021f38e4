package vn.tdkt.domain.eligibility;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How findings write their evidence, so that every rule reads the same in the messages. */
final class Evidence {

    /** Evidence that is absent, e.g. no qualifying year at all. */
    static final String NONE = "—";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Evidence() {
    }

    /** A year as text: a message format would print 2024 as "2.024" in Vietnamese. */
    static String year(int year) {
        return String.valueOf(year);
    }

    /** A date as Vietnamese documents write it, whatever the reader's language. */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * The form of a name under which two spellings count as the same person or initiative: names arrive typed
     * by hand or imported from spreadsheets, with stray spaces, other capitalisation and Vietnamese letters either
     * precomposed or with combining marks.
     */
    static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
