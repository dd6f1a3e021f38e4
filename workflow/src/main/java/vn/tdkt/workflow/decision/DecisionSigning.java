package vn.tdkt.workflow.decision;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import vn.tdkt.domain.decision.Decision;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.config.Settings;
import vn.tdkt.workflow.decision.DecisionFiles.DecisionPdf;
import vn.tdkt.workflow.signature.OrganisationSigner;
import vn.tdkt.workflow.signature.PdfSignatureReport;
import vn.tdkt.workflow.signature.PdfSignatureValidation;
import vn.tdkt.workflow.signature.ReturnedPdfCheck;
import vn.tdkt.workflow.signature.ReturnedPdfVerdict;
import vn.tdkt.workflow.signature.SigningUnavailable;
import vn.tdkt.workflow.signature.UnreadablePdf;

/**
 * Digital signatures of a decision's document (PAdES): the organisation's certificate from the configured keystore,
 * or the signer's own USB token through the local signing service on their PC. For the token, the page opens a
 * session and hands the service two one-time addresses; the service fetches the PDF, signs it and sends it back,
 * and the file is kept only if it is exactly the PDF fetched with signatures appended, every one intact. The body
 * that decided signs: the approving leader the province's decisions, a unit's head the unit's own.
 */
@Stateless
public class DecisionSigning {

    /** How long the service has to fetch and return the file after the signer starts. */
    public static final Duration SESSION = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    DecisionFiles files;

    @Inject
    DecisionRegister register;

    /** What the signer's page passes to the local signing service: the session's secret, once. */
    public record TokenSession(String secret, LocalDateTime expiresAt) {
    }

    /** The signatures of the decision's stored document, as an independent validator reads them; none unsigned. */
    public List<PdfSignatureReport> signatures(Actor actor, long decisionId) {
        register.read(actor, decisionId);
        byte[] signed = storedSigned(decisionId);
        return signed == null ? List.of() : validate(signed);
    }

    /** Whether the actor signs for the decision's body. */
    public boolean maySign(Actor actor, Decision decision) {
        return decision.getIssuer().getUnit() == null ? actor.hasRole(Role.APPROVER)
                : actor.hasRole(Role.UNIT_LEADER) && actor.belongsTo(decision.getIssuer().getUnit());
    }

    /** Signs the stored document with the organisation's certificate, after any signatures already on it. */
    public void signAsOrganisation(Actor actor, long decisionId) {
        Decision decision = signer(actor, decisionId);
        DecisionPdf pdf = files.pdf(actor, decisionId);
        byte[] signed;
        try (OrganisationSigner organisation = OrganisationSigner.fromSettings()) {
            signed = organisation.sign(pdf.content());
        } catch (SigningUnavailable e) {
            throw new DomainException("signature.error.unavailable", e.reason().name());
        }
        replace(decision.getId(), pdf.content(), signed);
    }

    /** Opens a session for the signer's USB token; the secret is shown once and stored only as its hash. */
    public TokenSession startTokenSigning(Actor actor, long decisionId) {
        Decision decision = signer(actor, decisionId);
        DecisionPdf pdf = files.pdf(actor, decisionId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LocalDateTime now = BusinessClock.now();
        em.createNativeQuery("INSERT INTO signing_session (secret_hash, decision_id, username, file_sha256, "
                + "created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, hash(secret))
                .setParameter(2, decision.getId()).setParameter(3, actor.username())
                .setParameter(4, DecisionFiles.sha256(pdf.content())).setParameter(5, now)
                .setParameter(6, now.plus(SESSION)).executeUpdate();
        return new TokenSession(secret, now.plus(SESSION));
    }

    /** The PDF a session signs, for the local service; once, within the session's time. */
    public byte[] fileForToken(String secret) {
        Object[] session = openSession(secret);
        if (session[3] != null) {
            throw new DomainException("signature.error.session");
        }
        byte[] content = stored(((Number) session[0]).longValue());
        if (content == null || !DecisionFiles.sha256(content).equals(session[1])) {
            throw new DomainException("signature.error.session");
        }
        em.createNativeQuery("UPDATE signing_session SET fetched_at = ?1 WHERE secret_hash = ?2")
                .setParameter(1, BusinessClock.now()).setParameter(2, hash(secret)).executeUpdate();
        return content;
    }

    /**
     * The file the local service sends back: kept as the decision's document only if it is the fetched PDF with
     * intact signatures appended; the session is then closed. Otherwise refused with the check's reason, and the
     * document stays as it was.
     */
    public List<PdfSignatureReport> acceptFromToken(String secret, InputStream returned) {
        Object[] session = openSession(secret);
        if (session[3] == null) {
            throw new DomainException("signature.error.session");
        }
        long decisionId = ((Number) session[0]).longValue();
        byte[] original = stored(decisionId);
        if (original == null || !DecisionFiles.sha256(original).equals(session[1])) {
            throw new DomainException("signature.error.refused", ReturnedPdfVerdict.Refusal.NOT_OUR_DOCUMENT.name());
        }
        byte[] signed;
        try {
            // One byte over the limit is enough for the check to refuse the file as too large.
            signed = returned.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Settings.maxAttachmentBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReturnedPdfVerdict verdict = ReturnedPdfCheck.fromSettings().accept(original, signed);
        if (!verdict.accepted()) {
            throw new DomainException("signature.error.refused", verdict.refusal().orElseThrow().name());
        }
        replace(decisionId, original, signed);
        em.createNativeQuery("UPDATE signing_session SET completed_at = ?1 WHERE secret_hash = ?2")
                .setParameter(1, BusinessClock.now()).setParameter(2, hash(secret)).executeUpdate();
        return verdict.signatures();
    }

    /** The session's decision, file hash, expiry and fetch time; an unknown, used or expired secret alike refused. */
    private Object[] openSession(String secret) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
            throw new DomainException("signature.error.session");
        }
        List<?> rows = em.createNativeQuery("SELECT decision_id, file_sha256, expires_at, fetched_at FROM "
                + "signing_session WHERE secret_hash = ?1 AND completed_at IS NULL AND expires_at > ?2 FOR UPDATE")
                .setParameter(1, hash(secret)).setParameter(2, BusinessClock.now()).getResultList();
        if (rows.isEmpty()) {
            throw new DomainException("signature.error.session");
        }
        return (Object[]) rows.get(0);
    }

    /** The stored document once signed, else null (nothing is generated for the asking). */
    private byte[] storedSigned(long decisionId) {
        List<?> rows = rows(decisionId);
        if (rows.isEmpty() || !Boolean.TRUE.equals(((Object[]) rows.get(0))[1])) {
            return null;
        }
        return (byte[]) ((Object[]) rows.get(0))[0];
    }

    /** The stored bytes, without a reader's check (for a signing session that checked its own secret). */
    private byte[] stored(long decisionId) {
        List<?> rows = rows(decisionId);
        return rows.isEmpty() ? null : (byte[]) ((Object[]) rows.get(0))[0];
    }

    /**
     * Keeps the signed document in place of {@code original}: only if the stored one is still exactly that (a
     * signature added meanwhile by someone else would otherwise be lost).
     */
    private void replace(long decisionId, byte[] original, byte[] signed) {
        int updated = em.createNativeQuery("UPDATE decision_file SET content = ?1, sha256 = ?2, signed = TRUE, "
                + "updated_at = ?3, version = version + 1 WHERE decision_id = ?4 AND sha256 = ?5")
                .setParameter(1, signed).setParameter(2, DecisionFiles.sha256(signed))
                .setParameter(3, BusinessClock.now())
                .setParameter(4, decisionId).setParameter(5, DecisionFiles.sha256(original)).executeUpdate();
        if (updated != 1) {
            throw new DomainException("signature.error.changedMeanwhile");
        }
    }

    private List<?> rows(long decisionId) {
        return em.createNativeQuery("SELECT content, signed FROM decision_file WHERE decision_id = ?1")
                .setParameter(1, decisionId).getResultList();
    }

    private Decision signer(Actor actor, long decisionId) {
        Decision decision = register.read(actor, decisionId);
        if (!maySign(actor, decision)) {
            throw new DomainException("error.forbidden");
        }
        return decision;
    }

    private static List<PdfSignatureReport> validate(byte[] pdf) {
        try {
            return PdfSignatureValidation.fromSettings().validate(pdf);
        } catch (UnreadablePdf e) {
            return List.of();
        }
    }

    private static String hash(String secret) {
        return DecisionFiles.sha256(secret.getBytes(StandardCharsets.US_ASCII));
    }
}
