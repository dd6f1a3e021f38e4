package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
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
        Proposal unseen = clerkProposals.read(actor("clerk"), dossiers.submitted("Không Ai Thấy"));
        long file = waiting.getAttachments().get(0).getId();
        byte[] bytes;
        List<Inconsistency> found;
        // One connection throughout: the inbox line taken away waits in a temporary table of this session.
        try (Connection connection = dataSource.getConnection()) {
            bytes = bytesOf(connection, file);
            update(connection, "UPDATE proposal SET status = 'SUBMITTED' WHERE id = ?", draft.getId());
            update(connection, "UPDATE proposal SET status = 'APPROVED_AT_UNIT' WHERE id = ?", waiting.getId());
            update(connection, "DELETE FROM attachment_content WHERE attachment_id = ?", file);
            execute(connection, "CREATE TEMPORARY TABLE kept_inbox AS SELECT * FROM inbox_task WHERE proposal_id = "
                    + unseen.getId());
            update(connection, "DELETE FROM inbox_task WHERE proposal_id = ?", unseen.getId());
            execute(connection, "INSERT INTO inbox_task (task_id, task_key, process_instance_id, proposal_number,"
                    + " created_at) VALUES ('no-such-task', 'Task_UnitHeadReview', 'no-such-instance', 'KHONG-CO-1',"
                    + " now())");
            try {
                found = check.run(actor("admin"));
            } finally {
                try (PreparedStatement restore = connection.prepareStatement(
                        "INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)")) {
                    update(connection, "UPDATE proposal SET status = 'DRAFT' WHERE id = ?", draft.getId());
                    update(connection, "UPDATE proposal SET status = 'SUBMITTED' WHERE id = ?", waiting.getId());
                    restore.setLong(1, file);
                    restore.setBytes(2, bytes);
                    restore.executeUpdate();
                    execute(connection, "INSERT INTO inbox_task SELECT * FROM kept_inbox");
                    execute(connection, "DELETE FROM inbox_task WHERE task_id = 'no-such-task'");
                }
            }
        }

        assertThat(found).extracting(Inconsistency::kind, Inconsistency::subject).containsExactlyInAnyOrder(
                tuple(Inconsistency.Kind.PROCESS_COUNT, draft.getNumber()),
                tuple(Inconsistency.Kind.PROCESS_STEP, waiting.getNumber()),
                tuple(Inconsistency.Kind.FILE_BYTES, "attachment " + file),
                tuple(Inconsistency.Kind.INBOX_MISSING, unseen.getNumber()),
                tuple(Inconsistency.Kind.INBOX_STALE, "KHONG-CO-1"));
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

    private static void execute(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
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
