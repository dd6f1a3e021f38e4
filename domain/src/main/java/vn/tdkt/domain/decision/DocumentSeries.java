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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/**
 * A body's series of one type of document (sổ văn bản), with the symbol its numbers carry, e.g. "QĐ-UBND" in
 * "12/QĐ-UBND". Numbers run from 01 on 1 January to 31 December (Decree 30/2020, art. 15); the series' book for a
 * year holds the last one issued.
 */
@Entity
@Table(name = "document_series")
public class DocumentSeries {

    /** Upper-case letters (Vietnamese ones included) and digits, in parts joined by "-": "QĐ-UBND", "TTr-UBND". */
    private static final Pattern SYMBOL = Pattern.compile("\\p{L}[\\p{L}\\d]{0,15}(-[\\p{L}\\d]{1,15}){1,3}");

    @Id
    @SequenceGenerator(name = "document_series_seq", sequenceName = "document_series_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_series_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "issuer_id", nullable = false, updatable = false)
    private DocumentIssuer issuer;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 16, updatable = false)
    private DocumentType type;

    @Column(nullable = false, unique = true, length = 32)
    private String symbol;

    @Version
    private long version;

    protected DocumentSeries() {
    }

    public DocumentSeries(DocumentIssuer issuer, DocumentType type, String symbol) {
        this.issuer = Objects.requireNonNull(issuer);
        this.type = Objects.requireNonNull(type);
        rename(symbol);
    }

    /**
     * A series for a unit's own documents, with a symbol made of the type and the unit's code until an
     * administrator sets the one the unit uses ("QĐ-CAT").
     */
    public static DocumentSeries defaultFor(DocumentIssuer issuer, DocumentType type) {
        String code = issuer.getCode().replaceAll("[^\\p{L}\\d]", "");
        return new DocumentSeries(issuer, type, type.abbreviation() + "-" + code.substring(0, Math.min(15,
                code.length())));
    }

    /** The symbol an administrator sets; numbers already issued keep the text they were issued with. */
    public void rename(String newSymbol) {
        String value = Texts.required("symbol", newSymbol, 32, false);
        if (!SYMBOL.matcher(value).matches()) {
            throw DomainException.invalid("symbol", "documentSeries.error.symbol");
        }
        this.symbol = value;
    }

    /** The number as written on the document: two digits at least (Decree 30/2020, appendix I: "01", "12"). */
    public String format(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Document numbers start at 1: " + number);
        }
        return "%02d/%s".formatted(number, symbol);
    }

    public Long getId() {
        return id;
    }

    public DocumentIssuer getIssuer() {
        return issuer;
    }

    public DocumentType getType() {
        return type;
    }

    public String getSymbol() {
        return symbol;
    }
}
