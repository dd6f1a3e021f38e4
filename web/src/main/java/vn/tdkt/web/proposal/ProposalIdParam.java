package vn.tdkt.web.proposal;

/**
 * Reads the {@code id} view parameter by hand rather than with a converter: a converter failure would skip the
 * view action, and a tampered id must show the same "not found" message as a foreign one (dossiers, decisions).
 */
public final class ProposalIdParam {

    private ProposalIdParam() {
    }

    /** The id, or null when the text is not a positive number. */
    public static Long parse(String raw) {
        if (raw == null || !raw.strip().matches("\\d{1,18}")) {
            return null;
        }
        long id = Long.parseLong(raw.strip());
        return id > 0 ? id : null;
    }
}
