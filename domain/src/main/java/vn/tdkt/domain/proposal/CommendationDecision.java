package vn.tdkt.domain.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.domain.shared.Texts;

/** The commendation decision (quyết định khen thưởng): its number, date, signer and issuing body. */
@Embeddable
public class CommendationDecision {

    @Column(name = "decision_number", length = 64)
    private String number;

    @Column(name = "decision_date")
    private LocalDate date;

    @Column(name = "decision_signer", length = 200)
    private String signer;

    @Column(name = "decision_issuer", length = 255)
    private String issuer;

    protected CommendationDecision() {
    }

    private CommendationDecision(String number, LocalDate date, String signer, String issuer) {
        this.number = number;
        this.date = date;
        this.signer = signer;
        this.issuer = issuer;
    }

    /** A decision as typed by the approving leader; it cannot be dated in the future. */
    public static CommendationDecision of(String number, LocalDate date, String signer, String issuer,
            LocalDate today) {
        String cleanNumber = Texts.required("decisionNumber", number, 64, false);
        if (date == null || date.isAfter(today)) {
            throw DomainException.invalid("decisionDate", "decision.error.date");
        }
        return new CommendationDecision(cleanNumber, date, Texts.required("signer", signer, 200, false),
                Texts.required("issuer", issuer, 255, false));
    }

    /** The decision as a numbered decision of the system states it (its checks are the decision's own). */
    public static CommendationDecision issued(String number, LocalDate date, String signer, String issuer) {
        return new CommendationDecision(number, date, signer, issuer);
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getSigner() {
        return signer;
    }

    public String getIssuer() {
        return issuer;
    }
}
