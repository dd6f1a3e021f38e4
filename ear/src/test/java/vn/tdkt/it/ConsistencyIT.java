package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.proposal.Proposal;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.it.support.TestDossiers;
import vn.tdkt.workflow.consistency.ConsistencyCheck;
import vn.tdkt.workflow.consistency.Inconsistency;
import vn.tdkt.workflow.organisation.UserDirectory;
import vn.tdkt.workflow.proposal.ClerkProposals;

/**
 * The consistency check inside WildFly on PostgreSQL: the demo data and everything the tests made so far agree;
 * a dossier without its process, a process at another step than its dossier's status and a file without its
 * bytes are each named; only administrators run it.
 */
@ExtendWith(ArquillianExtension.class)
class ConsistencyIT {

    @Inject
    ConsistencyCheck check;

    @Inject
    TestDossiers dossiers;

    @Inject
    ClerkProposals clerkProposals;

    @Inject
    UserDirectory users;

    @Resource(lookup = "java:jboss/datasources/AppDS")
    DataSource dataSource;

    @Test
    void whatTheUseCasesLeaveIsConsistentAndWhatACrashCouldBreakIsNamed() throws Exception {
        assertThat(check.run(actor("admin"))).as("after the demo data and the tests so far").isEmpty();

        // What a crash between two writes could leave, made by hand and undone afterwards.
        Proposal draft = clerkProposals.read(actor("clerk"), dossiers.draft("Nháp Không Quy Trình"));
        Proposal waiting = clerkProposals.read(actor("clerk"), dossiers.submitted("Chờ Thủ Trưởng"));
        long file = waiting.getAttachments().get(0).getId();
        byte[] bytes;
        try (Connection connection = dataSource.getConnection()) {
            bytes = bytesOf(connection, file);
            update(connection, "UPDATE proposal SET status = 'SUBMITTED' WHERE id = ?", draft.getId());
            update(connection, "UPDATE proposal SET status = 'APPROVED_AT_UNIT' WHERE id = ?", waiting.getId());
            update(connection, "DELETE FROM attachment_content WHERE attachment_id = ?", file);
        }
        List<Inconsistency> found;
        try {
            found = check.run(actor("admin"));
        } finally {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement restore = connection.prepareStatement(
                            "INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)")) {
                update(connection, "UPDATE proposal SET status = 'DRAFT' WHERE id = ?", draft.getId());
                update(connection, "UPDATE proposal SET status = 'SUBMITTED' WHERE id = ?", waiting.getId());
                restore.setLong(1, file);
                restore.setBytes(2, bytes);
                restore.executeUpdate();
            }
        }

        assertThat(found).extracting(Inconsistency::kind, Inconsistency::subject).containsExactlyInAnyOrder(
                tuple(Inconsistency.Kind.PROCESS_COUNT, draft.getNumber()),
                tuple(Inconsistency.Kind.PROCESS_STEP, waiting.getNumber()),
                tuple(Inconsistency.Kind.FILE_BYTES, "attachment " + file));
        assertThat(check.run(actor("admin"))).as("once undone").isEmpty();
    }

    private static byte[] bytesOf(Connection connection, long attachment) throws Exception {
        try (PreparedStatement select = connection
                .prepareStatement("SELECT content FROM attachment_content WHERE attachment_id = ?")) {
            select.setLong(1, attachment);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }

    private static void update(Connection connection, String sql, long id) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    @Test
    void onlyAnAdministratorRunsTheCheck() {
        assertThatThrownBy(() -> check.run(actor("leader"))).isInstanceOf(DomainException.class);
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }
}
