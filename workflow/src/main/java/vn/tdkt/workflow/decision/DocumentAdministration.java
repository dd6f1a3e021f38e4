package vn.tdkt.workflow.decision;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.tdkt.domain.decision.DecisionStatus;
import vn.tdkt.domain.decision.DocumentIssuer;
import vn.tdkt.domain.decision.DocumentSeries;
import vn.tdkt.domain.decision.IssuedNumber;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * The administrator's side of the document books: the issuing bodies' heading and signing lines, each series'
 * symbol (they differ between provinces: "QĐ-UBND", "QĐ-CTUBND"), the numbers issued per year, and their recorded
 * cancellation. A number still carried by a decision in force cannot be cancelled: revoke the decision instead.
 */
@Stateless
public class DocumentAdministration {

    /** The most numbers one book's page lists, newest first. */
    public static final int SHOWN_AT_MOST = 500;

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    public List<DocumentIssuer> issuers(Actor admin) {
        admin.require(Role.ADMIN);
        // In the order they were made: the province's (from the migrations) first, then the units' heads.
        return em.createQuery("SELECT i FROM DocumentIssuer i ORDER BY i.id", DocumentIssuer.class).getResultList();
    }

    public List<DocumentSeries> series(Actor admin) {
        admin.require(Role.ADMIN);
        return em.createQuery("SELECT s FROM DocumentSeries s ORDER BY s.issuer.code, s.type", DocumentSeries.class)
                .getResultList();
    }

    public void describeIssuer(Actor admin, long issuerId, String parentBody, String name, String decidingTitle,
            String awardIssuer, String place, String signingAuthority) {
        admin.require(Role.ADMIN);
        DocumentIssuer issuer = em.find(DocumentIssuer.class, issuerId);
        if (issuer == null) {
            throw new DomainException("documentIssuer.error.notFound");
        }
        issuer.describe(parentBody, name, decidingTitle, awardIssuer, place, signingAuthority);
    }

    /** A new symbol for the series' later numbers; one already another series' is refused. */
    public void renameSeries(Actor admin, long seriesId, String symbol) {
        admin.require(Role.ADMIN);
        DocumentSeries series = em.find(DocumentSeries.class, seriesId);
        if (series == null) {
            throw new DomainException("documentIssuer.error.notFound");
        }
        // Asked before the change: the query would otherwise flush the renamed series into the unique index first.
        String wanted = Texts.normalise(symbol);
        boolean taken = wanted != null && !em.createQuery("SELECT s FROM DocumentSeries s WHERE s.symbol = :symbol"
                + " AND s.id <> :series", DocumentSeries.class).setParameter("symbol", wanted)
                .setParameter("series", seriesId).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw DomainException.invalid("symbol", "documentSeries.error.symbolTaken", wanted);
        }
        series.rename(symbol);
    }

    /** The numbers of a series' book for a year, newest first. */
    public List<IssuedNumber> numbers(Actor admin, long seriesId, int year) {
        admin.require(Role.ADMIN);
        return em.createQuery("SELECT n FROM IssuedNumber n WHERE n.series.id = :series AND n.year = :year "
                + "ORDER BY n.sequenceNumber DESC", IssuedNumber.class).setParameter("series", seriesId)
                .setParameter("year", year).setMaxResults(SHOWN_AT_MOST).getResultList();
    }

    /** Cancels an issued number with the reason; the number stays taken. */
    public void cancelNumber(Actor admin, long numberId, String reason) {
        admin.require(Role.ADMIN);
        IssuedNumber number = em.find(IssuedNumber.class, numberId);
        if (number == null) {
            throw new DomainException("documentIssuer.error.notFound");
        }
        long inForce = em.createQuery("SELECT count(d) FROM Decision d WHERE d.number = :number AND d.status = "
                + ":issued", Long.class).setParameter("number", number).setParameter("issued", DecisionStatus.ISSUED)
                .getSingleResult();
        if (inForce > 0) {
            throw new DomainException("documentNumber.error.inUse", number.getText());
        }
        number.cancel(admin, reason, BusinessClock.now());
    }
}
