package vn.tdkt.workflow.decision;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.tdkt.domain.decision.DocumentSeries;
import vn.tdkt.domain.decision.IssuedNumber;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * Takes numbers from the books (sổ văn bản), in the caller's transaction: the book's row is raised by one UPDATE
 * ... RETURNING, so concurrent issuers of one series queue on that row until the first commits, and a document
 * whose transaction rolls back gives its number back. Numbers are therefore consecutive, without gaps or
 * duplicates, which the administrative rules ask of a book (Decree 30/2020, art. 15).
 */
@Stateless
public class DocumentBooks {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    public IssuedNumber issue(DocumentSeries series, int year, String purpose, Actor actor) {
        em.createNativeQuery("INSERT INTO document_book (series_id, year, last_number) VALUES (?1, ?2, 0) "
                + "ON CONFLICT DO NOTHING").setParameter(1, series.getId()).setParameter(2, year).executeUpdate();
        Number next = (Number) em.createNativeQuery("UPDATE document_book SET last_number = last_number + 1 "
                + "WHERE series_id = ?1 AND year = ?2 RETURNING last_number").setParameter(1, series.getId())
                .setParameter(2, year).getSingleResult();
        IssuedNumber number = new IssuedNumber(series, year, next.intValue(), purpose, actor, BusinessClock.now());
        em.persist(number);
        return number;
    }
}
