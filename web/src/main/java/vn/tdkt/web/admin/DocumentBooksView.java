package vn.tdkt.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tdkt.domain.decision.DocumentIssuer;
import vn.tdkt.domain.decision.DocumentSeries;
import vn.tdkt.domain.decision.IssuedNumber;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.web.i18n.Messages;
import vn.tdkt.web.security.CurrentUser;
import vn.tdkt.workflow.config.BusinessClock;
import vn.tdkt.workflow.decision.DocumentAdministration;

/**
 * Backing bean of {@code admin/document-books.xhtml}: the issuing bodies' heading and signing lines, the series'
 * symbols, and one book's numbers for a year with their cancellation (sổ văn bản).
 */
@Named
@ViewScoped
public class DocumentBooksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentAdministration administration;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<DocumentIssuer> issuers;
    private List<DocumentSeries> series;
    private Long issuerId;
    private String parentBody;
    private String name;
    private String decidingTitle;
    private String awardIssuer;
    private String place;
    private String signingAuthority;
    private Long seriesId;
    private String symbol;
    private Long bookSeriesId;
    private int bookYear = BusinessClock.now().getYear();
    private List<IssuedNumber> numbers = List.of();
    private Long cancelling;
    private String cancelReason;

    public void load() {
        issuers = administration.issuers(currentUser.actor());
        series = administration.series(currentUser.actor());
        if (bookSeriesId == null && !series.isEmpty()) {
            bookSeriesId = series.get(0).getId();
        }
        showBook();
    }

    public void editIssuer(DocumentIssuer issuer) {
        issuerId = issuer.getId();
        parentBody = issuer.getParentBody();
        name = issuer.getName();
        decidingTitle = issuer.getDecidingTitle();
        awardIssuer = issuer.getAwardIssuer();
        place = issuer.getPlace();
        signingAuthority = issuer.getSigningAuthority();
    }

    public void saveIssuer() {
        try {
            administration.describeIssuer(currentUser.actor(), issuerId, parentBody, name, decidingTitle, awardIssuer,
                    place, signingAuthority);
            messages.info("documentBooks.saved");
            issuerId = null;
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void editSeries(DocumentSeries chosen) {
        seriesId = chosen.getId();
        symbol = chosen.getSymbol();
    }

    public void saveSeries() {
        try {
            administration.renameSeries(currentUser.actor(), seriesId, symbol);
            messages.info("documentBooks.saved");
            seriesId = null;
            load();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public void showBook() {
        numbers = bookSeriesId == null ? List.of()
                : administration.numbers(currentUser.actor(), bookSeriesId, bookYear);
    }

    public void startCancel(IssuedNumber number) {
        cancelling = number.getId();
        cancelReason = null;
    }

    public void cancelNumber() {
        try {
            administration.cancelNumber(currentUser.actor(), cancelling, cancelReason);
            messages.info("documentBooks.cancelled.done");
            cancelling = null;
            showBook();
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public List<DocumentIssuer> getIssuers() {
        return issuers;
    }

    public List<DocumentSeries> getSeries() {
        return series;
    }

    public List<IssuedNumber> getNumbers() {
        return numbers;
    }

    public Long getIssuerId() {
        return issuerId;
    }

    public String getParentBody() {
        return parentBody;
    }

    public void setParentBody(String parentBody) {
        this.parentBody = parentBody;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDecidingTitle() {
        return decidingTitle;
    }

    public void setDecidingTitle(String decidingTitle) {
        this.decidingTitle = decidingTitle;
    }

    public String getAwardIssuer() {
        return awardIssuer;
    }

    public void setAwardIssuer(String awardIssuer) {
        this.awardIssuer = awardIssuer;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getSigningAuthority() {
        return signingAuthority;
    }

    public void setSigningAuthority(String signingAuthority) {
        this.signingAuthority = signingAuthority;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    public Long getBookSeriesId() {
        return bookSeriesId;
    }

    public void setBookSeriesId(Long bookSeriesId) {
        this.bookSeriesId = bookSeriesId;
    }

    public int getBookYear() {
        return bookYear;
    }

    public void setBookYear(int bookYear) {
        this.bookYear = bookYear;
    }

    public Long getCancelling() {
        return cancelling;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
