package vn.tdkt.workflow.consistency;

/**
 * One thing found wrong: its kind (the message key {@code consistency.<kind>} explains it), what it concerns (a
 * dossier's number, a file's id) and the facts found.
 */
public record Inconsistency(Kind kind, String subject, String detail) {

    public enum Kind {
        /** An open dossier without exactly one live process. */
        PROCESS_COUNT,
        /** A dossier whose process waits at a step its status does not name, or at no step and no timer at all. */
        PROCESS_STEP,
        /** A closed dossier whose process still runs. */
        PROCESS_LEFT_RUNNING,
        /** A decided dossier without a line in the award register. */
        REGISTER_MISSING,
        /** The same nominee in the register twice for one dossier and title. */
        REGISTER_TWICE,
        /** A stored file whose bytes are missing or of another size than recorded. */
        FILE_BYTES,
        /** An open task of the engine that no inbox lists: nobody would see it. */
        INBOX_MISSING,
        /** An inbox line whose task the engine no longer has: it leads nowhere. */
        INBOX_STALE
    }
}
