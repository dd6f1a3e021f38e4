package vn.tdkt.domain.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import vn.tdkt.domain.catalog.Authority;
import vn.tdkt.domain.organisation.Unit;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * A body that issues documents (cơ quan ban hành): the province's chairman for the provincial titles and forms, or
 * a unit's head for the unit's own. It keeps the lines its documents are headed and signed with (Decree 30/2020,
 * appendix I), which differ between provinces and units, so an administrator sets them.
 */
@Entity
@Table(name = "document_issuer")
public class DocumentIssuer {

    /** The code of the province's body, which every installation has (migration V26). */
    public static final String PROVINCE = "PROVINCE";

    @Id
    @SequenceGenerator(name = "document_issuer_seq", sequenceName = "document_issuer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_issuer_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Authority authority;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "parent_body", length = 200)
    private String parentBody;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "deciding_title", nullable = false, length = 300)
    private String decidingTitle;

    @Column(name = "award_issuer", nullable = false, length = 255)
    private String awardIssuer;

    @Column(nullable = false, length = 100)
    private String place;

    @Column(name = "signing_authority", length = 200)
    private String signingAuthority;

    @Version
    private long version;

    protected DocumentIssuer() {
    }

    /**
     * A unit's head as the issuer of the unit's own decisions, with lines taken from the unit until an administrator
     * sets better ones: the unit's name as the body, "THỦ TRƯỞNG" is not assumed (titles differ: giám đốc, chỉ huy
     * trưởng, viện trưởng), so the deciding title starts as the body's name.
     */
    public static DocumentIssuer headOf(Unit unit, String place) {
        DocumentIssuer issuer = new DocumentIssuer();
        issuer.code = Objects.requireNonNull(unit.getCode());
        issuer.authority = Authority.UNIT_HEAD;
        issuer.unit = unit;
        issuer.name = unit.getName().toUpperCase(Locale.forLanguageTag("vi"));
        issuer.decidingTitle = issuer.name;
        issuer.awardIssuer = unit.getName();
        issuer.place = Texts.required("place", place, 100, false);
        return issuer;
    }

    /** The administrator's edit of the heading and signing lines; the body and its authority stay. */
    public void describe(String parentBody, String name, String decidingTitle, String awardIssuer, String place,
            String signingAuthority) {
        this.parentBody = optional(parentBody, 200);
        this.name = Texts.required("name", name, 200, false);
        this.decidingTitle = Texts.required("decidingTitle", decidingTitle, 300, false);
        this.awardIssuer = Texts.required("awardIssuer", awardIssuer, 255, false);
        this.place = Texts.required("place", place, 100, false);
        this.signingAuthority = Texts.normaliseMultiline(signingAuthority);
        if (this.signingAuthority != null && this.signingAuthority.isEmpty()) {
            this.signingAuthority = null;
        }
        if (this.signingAuthority != null && this.signingAuthority.length() > 200) {
            throw DomainException.invalid("signingAuthority", "validation.tooLong", 200);
        }
    }

    private static String optional(String text, int max) {
        String value = Texts.normalise(text);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            throw DomainException.invalid("parentBody", "validation.tooLong", max);
        }
        return value;
    }

    /** Whether this body decides the dossiers of {@code dossierUnit} at a step of {@code stepAuthority}. */
    public boolean decidesFor(Authority stepAuthority, Unit dossierUnit) {
        if (stepAuthority != authority) {
            return false;
        }
        return authority != Authority.UNIT_HEAD || (unit != null && unit.equals(dossierUnit));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Authority getAuthority() {
        return authority;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getParentBody() {
        return parentBody;
    }

    public String getName() {
        return name;
    }

    public String getDecidingTitle() {
        return decidingTitle;
    }

    public String getAwardIssuer() {
        return awardIssuer;
    }

    public String getPlace() {
        return place;
    }

    public String getSigningAuthority() {
        return signingAuthority;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentIssuer issuer && Objects.equals(code, issuer.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
