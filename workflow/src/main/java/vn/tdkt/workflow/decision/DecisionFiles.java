package vn.tdkt.workflow.decision;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import vn.tdkt.domain.decision.Decision;
import vn.tdkt.domain.decision.DecisionWording;
import vn.tdkt.domain.decision.DocumentType;
import vn.tdkt.domain.decision.IssuedNumber;
import vn.tdkt.domain.eligibility.RuleSet;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.paper.ClasspathTemplateSource;
import vn.tdkt.workflow.paper.PaperTemplates;
import vn.tdkt.workflow.paper.PdfRenderer;

/**
 * The decision's PDF: generated the first time someone reads it and kept, so that every later reader, and a signing
 * service, gets exactly the same bytes (their SHA-256 is kept beside them). Two first readers at once both render;
 * the first stored copy wins.
 */
@Stateless
public class DecisionFiles {

    private static final PdfRenderer RENDERER = new PdfRenderer(new PaperTemplates(new ClasspathTemplateSource()));

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    DecisionRegister register;

    @Inject
    DocumentBooks books;

    @Inject
    DocumentIssuers issuers;

    /** The decision's document as stored. */
    public record DecisionPdf(String fileName, byte[] content, boolean signed) {
    }

    public DecisionPdf pdf(Actor actor, long decisionId) {
        Decision decision = register.read(actor, decisionId);
        List<?> stored = rows(decisionId);
        if (stored.isEmpty()) {
            byte[] content = render(decision);
            em.createNativeQuery("INSERT INTO decision_file (decision_id, content, sha256, generated_at, updated_at) "
                    + "VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT DO NOTHING").setParameter(1, decisionId)
                    .setParameter(2, content).setParameter(3, sha256(content)).setParameter(4, BusinessClock.now())
                    .executeUpdate();
            stored = rows(decisionId);
        }
        Object[] row = (Object[]) stored.get(0);
        return new DecisionPdf(fileName(decision), (byte[]) row[0], Boolean.TRUE.equals(row[1]));
    }

    /**
     * The notice to the nominees the decision left out, numbered from the body's notice series the first time it is
     * asked for and kept; a decision that left nobody out has none (the same answer as a missing decision).
     */
    public DecisionPdf notice(Actor actor, long decisionId) {
        Decision decision = register.read(actor, decisionId);
        if (decision.leftOut().isEmpty()) {
            throw new DomainException("decision.error.notFound");
        }
        List<?> stored = noticeRows(decisionId);
        if (stored.isEmpty()) {
            // The notice's row is the lock: a second first reader waits here and then finds it stored.
            em.createNativeQuery("SELECT id FROM award_decision WHERE id = ?1 FOR UPDATE").setParameter(1, decisionId)
                    .getResultList();
            stored = noticeRows(decisionId);
        }
        if (stored.isEmpty()) {
            IssuedNumber number = books.issue(issuers.series(decision.getIssuer(), DocumentType.NOTICE),
                    BusinessClock.now().getYear(), DecisionWording.text("notice.purpose", decision.getNumberText()),
                    actor);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                RENDERER.write(DecisionDocuments.noticeOf(decision, number.getText()), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] content = out.toByteArray();
            em.createNativeQuery("INSERT INTO decision_document (decision_id, kind, number_id, content, sha256, "
                    + "generated_at) VALUES (?1, 'REFUSAL_NOTICE', ?2, ?3, ?4, ?5)").setParameter(1, decisionId)
                    .setParameter(2, number.getId()).setParameter(3, content).setParameter(4, sha256(content))
                    .setParameter(5, BusinessClock.now()).executeUpdate();
            return new DecisionPdf(noticeFileName(number.getText()), content, false);
        }
        Object[] row = (Object[]) stored.get(0);
        return new DecisionPdf(noticeFileName((String) row[1]), (byte[]) row[0], false);
    }

    private List<?> noticeRows(long decisionId) {
        return em.createNativeQuery("SELECT d.content, n.text FROM decision_document d JOIN document_number n ON "
                + "n.id = d.number_id WHERE d.decision_id = ?1 AND d.kind = 'REFUSAL_NOTICE'")
                .setParameter(1, decisionId).getResultList();
    }

    private static String noticeFileName(String number) {
        return "TB-" + ascii(number) + ".pdf";
    }

    private List<?> rows(long decisionId) {
        return em.createNativeQuery("SELECT content, signed FROM decision_file WHERE decision_id = ?1")
                .setParameter(1, decisionId).getResultList();
    }

    private byte[] render(Decision decision) {
        RuleSet ruleSet = em.find(RuleSet.class, decision.getRuleSetId());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RENDERER.write(DecisionDocuments.paperOf(decision, ruleSet), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * "QD-01-QD-UBND.pdf": the number in plain ASCII, which every file system and every HTTP header keeps (the
     * pages' downloads add the exact name in UTF-8; the API's is this one).
     */
    static String fileName(Decision decision) {
        return "QD-" + ascii(decision.getNumberText()) + ".pdf";
    }

    private static String ascii(String number) {
        return Normalizer.normalize(number.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
