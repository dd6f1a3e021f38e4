package vn.tdkt.workflow.certificate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.decision.Decision;
import vn.tdkt.domain.decision.DecisionLine;
import vn.tdkt.domain.decision.DecisionWording;
import vn.tdkt.domain.decision.DocumentIssuer;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.register.Award;
import vn.tdkt.domain.register.AwardCertificate;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.decision.DecisionRegister;

/**
 * The certificates of numbered decisions: each award gets its code when the decision is issued; the body that
 * decided prints them on its blanks (the board the province's, a unit the ones its head decided), every printing
 * logged; anyone checks one by its code, without signing in.
 */
@Stateless
public class Certificates {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @PersistenceContext(unitName = "tdkt")
    private EntityManager em;

    @Inject
    DecisionRegister decisions;

    @Inject
    BlankLayouts blanks;

    /** What the public verification page shows of an award. */
    public record VerifiedAward(String recipient, String unitName, String titleName, String decisionNumber,
            LocalDate decisionDate, String issuer, boolean revoked) {
    }

    /** A decision's certificates of one title or form, ready to print on its blank. */
    public record PrintBatch(BlankLayout layout, List<CertificateLine> lines, String fileName) {
    }

    /** Gives each award of a decision just issued its certificate and code (in the decision's transaction). */
    public void issueFor(List<Award> awards, LocalDateTime now) {
        for (Award award : awards) {
            em.persist(new AwardCertificate(award, VerificationCode.random().value(), now));
        }
    }

    /** The award behind a code; a malformed or unknown code finds nothing, alike. */
    public Optional<VerifiedAward> verify(String code) {
        if (!VerificationCode.isWellFormed(code)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c FROM AwardCertificate c WHERE c.code = :code", AwardCertificate.class)
                .setParameter("code", code).getResultStream().findFirst().map(certificate -> {
                    Award award = certificate.getAward();
                    return new VerifiedAward(award.getNomineeName(), award.getUnit().getName(),
                            award.getTitle().getNameVi(), award.getDecisionNumber(), award.getDecisionDate(),
                            award.getIssuer(), award.isRevoked());
                });
    }

    /**
     * The certificates of {@code titleId} in the decision, for the body that decided it, with the verification
     * address of each ({@code verifyBase} followed by the code); the printing is logged, a reprint as such.
     */
    public PrintBatch print(Actor actor, long decisionId, long titleId, String verifyBase) {
        Decision decision = decisions.read(actor, decisionId);
        if (!mayPrint(actor, decision)) {
            throw new DomainException("decision.error.notFound");
        }
        Map<String, AwardCertificate> byLine = certificatesOf(decision);
        List<CertificateLine> lines = new ArrayList<>();
        Title title = null;
        for (DecisionLine line : decision.getLines()) {
            AwardCertificate certificate = byLine.get(key(line.getProposalId(), line.getName(), line.getTitle()));
            if (!line.isCommended() || line.getTitle().getId() != titleId || certificate == null) {
                continue;
            }
            title = line.getTitle();
            lines.add(new CertificateLine(line.getName(), line.getDetail(), null,
                    title.getNameVi().toUpperCase(VIETNAMESE),
                    DecisionWording.decisionLine(decision.getNumberText(), decision.getDate()), null,
                    DecisionWording.placeAndDate(decision.getIssuer().getPlace(), decision.getDate()),
                    signerTitle(decision), decision.getSignerName(), verifyBase + certificate.getCode(), null));
        }
        if (lines.isEmpty()) {
            throw new DomainException("certificate.error.none");
        }
        logPrint(actor, decisionId, lines.size());
        return new PrintBatch(blanks.layoutFor(title), lines,
                decision.getNumberText().replaceAll("[^\\p{L}\\d]+", "-") + "-" + title.getCode() + ".pdf");
    }

    private static String signerTitle(Decision decision) {
        return decision.getSigningAuthority() != null ? decision.getSigningAuthority()
                : decision.getIssuer().getDecidingTitle();
    }

    /** The board prints the province's certificates; a unit's clerk or head those its head decided. */
    public static boolean mayPrint(Actor actor, Decision decision) {
        DocumentIssuer issuer = decision.getIssuer();
        return issuer.getUnit() == null ? actor.hasRole(Role.APPRAISER) || actor.hasRole(Role.APPROVER)
                : actor.belongsTo(issuer.getUnit()) && (actor.hasRole(Role.CLERK) || actor.hasRole(Role.UNIT_LEADER));
    }

    /** The decision's certificates by dossier, name and title: the line an award was written from. */
    private Map<String, AwardCertificate> certificatesOf(Decision decision) {
        return em.createQuery("SELECT c FROM AwardCertificate c WHERE c.decisionId = :decision",
                AwardCertificate.class).setParameter("decision", decision.getId()).getResultStream()
                .collect(Collectors.toMap(c -> key(c.getAward().getProposalId(), c.getAward().getNomineeName(),
                        c.getAward().getTitle()), Function.identity(), (a, b) -> a));
    }

    private static String key(Long proposalId, String name, Title title) {
        return proposalId + "|" + title.getCode() + "|" + name;
    }

    private void logPrint(Actor actor, long decisionId, int count) {
        boolean reprint = ((Number) em.createNativeQuery("SELECT count(*) FROM certificate_print WHERE "
                + "decision_id = ?1").setParameter(1, decisionId).getSingleResult()).longValue() > 0;
        em.createNativeQuery("INSERT INTO certificate_print (id, decision_id, printed_by, printed_at, certificates, "
                + "reprint) VALUES (nextval('certificate_print_seq'), ?1, ?2, ?3, ?4, ?5)").setParameter(1, decisionId)
                .setParameter(2, actor.username()).setParameter(3, BusinessClock.now()).setParameter(4, count)
                .setParameter(5, reprint).executeUpdate();
    }
}
