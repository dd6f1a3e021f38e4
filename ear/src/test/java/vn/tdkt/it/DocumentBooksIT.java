package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.decision.DocumentIssuer;
import vn.tdkt.domain.decision.DocumentSeries;
import vn.tdkt.domain.decision.DocumentType;
import vn.tdkt.domain.decision.IssuedNumber;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.decision.DocumentAdministration;
import vn.tdkt.workflow.decision.DocumentBooks;
import vn.tdkt.workflow.organisation.UserDirectory;

/**
 * The administrator keeps the document books: a series' symbol (refused when malformed or another's), a body's
 * lines, and a number's recorded cancellation (refused for a decision in force). What it changes it restores, as
 * other tests read the province's series.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentBooksIT {

    @Inject
    DocumentAdministration administration;

    @Inject
    DocumentBooks books;

    @Inject
    UserDirectory users;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    @Test
    void theAdministratorRenamesASeriesAndLaterNumbersCarryTheNewSymbol() {
        Actor admin = actor("admin");
        DocumentSeries notices = administration.series(admin).stream()
                .filter(s -> s.getType() == DocumentType.NOTICE && s.getIssuer().getCode()
                        .equals(DocumentIssuer.PROVINCE))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> administration.series(actor("approver"))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> administration.renameSeries(admin, notices.getId(), "TB UBND"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documentSeries.error.symbol"));
        assertThatThrownBy(() -> administration.renameSeries(admin, notices.getId(), "QĐ-UBND"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documentSeries.error.symbolTaken"));
        try {
            administration.renameSeries(admin, notices.getId(), "TB-CTUBND");
            IssuedNumber issued = books.issue(reloaded(admin, notices.getId()), LocalDate.now().getYear(),
                    "Thông báo thử", admin);
            assertThat(issued.getText()).endsWith("/TB-CTUBND");

            administration.cancelNumber(admin, issued.getId(), "Cấp nhầm khi thử.");
            assertThat(administration.numbers(admin, notices.getId(), LocalDate.now().getYear()))
                    .filteredOn(n -> n.getId().equals(issued.getId())).singleElement().satisfies(n -> {
                        assertThat(n.isCancelled()).isTrue();
                        assertThat(n.getCancelReason()).isEqualTo("Cấp nhầm khi thử.");
                        assertThat(n.getCancelledBy()).isEqualTo("admin");
                    });
            assertThatThrownBy(() -> administration.cancelNumber(admin, issued.getId(), "Lần nữa."))
                    .isInstanceOf(DomainException.class);
        } finally {
            administration.renameSeries(admin, notices.getId(), "TB-UBND");
        }
    }

    @Test
    void aNumberOfADecisionInForceIsNotCancelledAndABodysLinesChange() throws SQLException {
        Actor admin = actor("admin");
        Long inForce = single("SELECT number_id FROM award_decision WHERE status = 'ISSUED' ORDER BY id LIMIT 1");
        if (inForce != null) {
            assertThatThrownBy(() -> administration.cancelNumber(admin, inForce, "Thử."))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("documentNumber.error.inUse"));
        }
        DocumentIssuer province = administration.issuers(admin).get(0);
        assertThat(province.getCode()).isEqualTo(DocumentIssuer.PROVINCE);
        String place = province.getPlace();
        try {
            assertThatThrownBy(() -> administration.describeIssuer(admin, province.getId(), null, " ",
                    province.getDecidingTitle(), province.getAwardIssuer(), place, null))
                    .isInstanceOf(DomainException.class);
            administration.describeIssuer(admin, province.getId(), province.getParentBody(), province.getName(),
                    province.getDecidingTitle(), province.getAwardIssuer(), "Thành phố Tây Ninh",
                    province.getSigningAuthority());
            assertThat(administration.issuers(admin).get(0).getPlace()).isEqualTo("Thành phố Tây Ninh");
        } finally {
            administration.describeIssuer(admin, province.getId(), province.getParentBody(), province.getName(),
                    province.getDecidingTitle(), province.getAwardIssuer(), place, province.getSigningAuthority());
        }
    }

    private DocumentSeries reloaded(Actor admin, long id) {
        return administration.series(admin).stream().filter(s -> s.getId() == id).findFirst().orElseThrow();
    }

    private Long single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }
}
