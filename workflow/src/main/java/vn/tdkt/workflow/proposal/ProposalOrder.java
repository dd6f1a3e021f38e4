package vn.tdkt.workflow.proposal;

/** The orders a list of proposals can be read in, each a fixed JPQL ordering (never text from a request). */
public enum ProposalOrder {
    NEWEST("p.createdAt desc, p.id desc"),
    OLDEST("p.createdAt asc, p.id asc"),
    NUMBER("p.number asc, p.id asc"),
    NUMBER_DESCENDING("p.number desc, p.id desc"),
    /** By the first nominee's name (the dossier's lead nominee, position 0). */
    NOMINEE("lead.name asc, p.id asc"),
    NOMINEE_DESCENDING("lead.name desc, p.id desc");

    private final String jpql;

    ProposalOrder(String jpql) {
        this.jpql = jpql;
    }

    String jpql() {
        return jpql;
    }

    boolean byNominee() {
        return this == NOMINEE || this == NOMINEE_DESCENDING;
    }
}
