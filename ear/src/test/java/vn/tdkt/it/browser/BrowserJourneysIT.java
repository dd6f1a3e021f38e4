package vn.tdkt.it.browser;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import vn.tdkt.it.support.TestRunServer;

/**
 * The browser journeys that leave what other journeys meet unchanged, two at a time, each in its own Chromium.
 * One journey waits most of its time on the server and the browser, so a second one uses the other core meanwhile
 * (the phase takes about a third less). They run after the in-server tests ({@code @Order}; JUnit's parallel
 * execution is configured for the failsafe run in the EAR module's pom). Journeys that change what every user
 * meets — the procedure itself, the unit head's unread notifications — are {@code @Isolated} classes of their own,
 * run alone after these.
 *
 * <p>Two workers take the journeys from both ends of this order (JUnit's fork-join pool: one steals from the front,
 * the other runs from the back), so the longest journeys stand first and last.
 *
 * <p>Running together, a journey may not rely on what others create meanwhile: each works on its own dossiers,
 * names, years and users, and reads counts only where no other journey can add to them.
 */
@Order(Integer.MAX_VALUE)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
@ExtendWith(TestRunServer.class)
class BrowserJourneysIT {

    @Nested
    @Order(1)
    @Execution(ExecutionMode.CONCURRENT)
    class Proposals extends ProposalJourney {
    }

    @Nested
    @Order(2)
    @Execution(ExecutionMode.CONCURRENT)
    class InboxBulkApproval extends InboxBulkApprovalJourney {
    }

    @Nested
    @Order(3)
    @Execution(ExecutionMode.CONCURRENT)
    class FullProcedure extends FullProcedureJourney {
    }

    @Nested
    @Order(4)
    @Execution(ExecutionMode.CONCURRENT)
    class BlocComposition extends BlocCompositionJourney {
    }

    @Nested
    @Order(5)
    @Execution(ExecutionMode.CONCURRENT)
    class Movement extends MovementJourney {
    }

    @Nested
    @Order(6)
    @Execution(ExecutionMode.CONCURRENT)
    class UserAdmin extends UserAdminJourney {
    }

    @Nested
    @Order(7)
    @Execution(ExecutionMode.CONCURRENT)
    class InboxHandOver extends InboxHandOverJourney {
    }

    @Nested
    @Order(8)
    @Execution(ExecutionMode.CONCURRENT)
    class RuleSetAdmin extends RuleSetAdminJourney {
    }

    @Nested
    @Order(9)
    @Execution(ExecutionMode.CONCURRENT)
    class BlocYear extends BlocYearJourney {
    }
}
