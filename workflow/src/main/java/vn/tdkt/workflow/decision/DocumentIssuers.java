package vn.tdkt.workflow.decision;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.tdkt.domain.decision.DocumentIssuer;
import vn.tdkt.domain.decision.DocumentSeries;
import vn.tdkt.domain.decision.DocumentType;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;

/**
 * The bodies that issue documents and their series. The province's body is made by the migrations; a unit's head
 * becomes an issuer, with a series named after the unit, the first time the unit decides its own titles — until an
 * administrator sets the unit's own lines and symbol. Both are inserted with ON CONFLICT DO NOTHING, so two
 * decisions of a unit at the same moment do not fail on each other.
 */
@Stateless
public class DocumentIssuers {

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    public DocumentIssuer province() {
        return em.createQuery("SELECT i FROM DocumentIssuer i WHERE i.code = :code", DocumentIssuer.class)
                .setParameter("code", DocumentIssuer.PROVINCE).getSingleResult();
    }

    /** The head of {@code unit} as the issuer of the unit's own decisions. */
    public DocumentIssuer headOf(Unit unit) {
        List<DocumentIssuer> found = byUnit(unit);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        DocumentIssuer made = DocumentIssuer.headOf(unit, province().getPlace());
        em.createNativeQuery("INSERT INTO document_issuer (id, code, authority, unit_id, name, deciding_title, "
                + "award_issuer, place) VALUES (nextval('document_issuer_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                + "ON CONFLICT DO NOTHING").setParameter(1, made.getCode()).setParameter(2, made.getAuthority()
                        .name())
                .setParameter(3, unit.getId()).setParameter(4, made.getName()).setParameter(5, made
                        .getDecidingTitle())
                .setParameter(6, made.getAwardIssuer()).setParameter(7, made.getPlace()).executeUpdate();
        found = byUnit(unit);
        if (found.isEmpty()) {
            throw new DomainException("documentIssuer.error.missing", unit.getName());
        }
        return found.get(0);
    }

    private List<DocumentIssuer> byUnit(Unit unit) {
        return em.createQuery("SELECT i FROM DocumentIssuer i WHERE i.unit = :unit", DocumentIssuer.class)
                .setParameter("unit", unit).getResultList();
    }

    /** The body's series of that type; a unit's is made with the default symbol the first time. */
    public DocumentSeries series(DocumentIssuer issuer, DocumentType type) {
        List<DocumentSeries> found = seriesOf(issuer, type);
        if (found.isEmpty()) {
            DocumentSeries made = DocumentSeries.defaultFor(issuer, type);
            em.createNativeQuery("INSERT INTO document_series (id, issuer_id, document_type, symbol) "
                    + "VALUES (nextval('document_series_seq'), ?1, ?2, ?3) ON CONFLICT DO NOTHING")
                    .setParameter(1, issuer.getId()).setParameter(2, type.name())
                    .setParameter(3, made.getSymbol()).executeUpdate();
            found = seriesOf(issuer, type);
        }
        if (found.isEmpty()) {
            // The default symbol is another body's: only an administrator can name this one.
            throw new DomainException("documentSeries.error.missing", issuer.getName());
        }
        return found.get(0);
    }

    private List<DocumentSeries> seriesOf(DocumentIssuer issuer, DocumentType type) {
        return em.createQuery("SELECT s FROM DocumentSeries s WHERE s.issuer = :issuer AND s.type = :type",
                DocumentSeries.class).setParameter("issuer", issuer).setParameter("type", type).getResultList();
    }
}
