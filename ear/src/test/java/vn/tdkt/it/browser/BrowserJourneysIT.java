package vn.tdkt.it.browser;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import vn.tdkt.it.support.TestRunServer;

/**
 * The browser journeys, two at a time, each in its own Chromium: one per core of the machine the suite is measured on
 * (the phase is CPU-bound: Chromium, the server and the test JVM share two cores). They run after the in-server
 * tests ({@code @Order}; JUnit's parallel execution is configured for the failsafe run in the EAR module's pom). The
 * unit head's bell, which any submission rings, is an {@code @Isolated} class of its own, run alone after these.
 *
 * <p>Running together, a journey may not rely on what others create meanwhile: each works on its own dossiers,
 * names, years and users, reads counts only where no other journey can add to them, and uses an inbox whose filter
 * (kept per user) no other journey changes. What one journey changes for everyone is a resource lock: the designer
 * journey deploys a new version of the procedure, so the journeys that start or move dossiers wait for it.
 *
 * <p>Two workers take the journeys from both ends of this order (JUnit's fork-join pool: one steals from the front,
 * the other runs from the back): the designer first, beside the five journeys at the back that need no dossier;
 * then the longest, Proposals, against the rest.
 */
@Order(Integer.MAX_VALUE)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
@ExtendWith(TestRunServer.class)
class BrowserJourneysIT {

    /**
     * The deployed procedure, which the designer journey changes (a new version with an added step, then the old one
     * deployed again): journeys that start or move dossiers read it and never run at the same time as that one.
     */
    static final String PROCEDURE = "the commendation procedure's latest version";

    @Nested
    @Order(1)
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(PROCEDURE)
    class ProcessDesigner extends ProcessDesignerJourney {
    }

    @Nested
    @Order(2)
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = PROCEDURE, mode = ResourceAccessMode.READ)
    class Proposals extends ProposalJourney {
    }

    @Nested
    @Order(3)
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = PROCEDURE, mode = ResourceAccessMode.READ)
    class InboxHandOver extends InboxHandOverJourney {
    }

    @Nested
    @Order(4)
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = PROCEDURE, mode = ResourceAccessMode.READ)
    class FullProcedure extends FullProcedureJourney {
    }

    @Nested
    @Order(4)
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = PROCEDURE, mode = ResourceAccessMode.READ)
    class Decision extends DecisionJourney {
    }

    @Nested
    @Order(5)
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = PROCEDURE, mode = ResourceAccessMode.READ)
    class InboxBulkApproval extends InboxBulkApprovalJourney {
    }

    @Nested
    @Order(6)
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = PROCEDURE, mode = ResourceAccessMode.READ)
    class BlocYear extends BlocYearJourney {
    }

    @Nested
    @Order(7)
    @Execution(ExecutionMode.CONCURRENT)
    class BlocComposition extends BlocCompositionJourney {
    }

    @Nested
    @Order(8)
    @Execution(ExecutionMode.CONCURRENT)
    class RuleSetAdmin extends RuleSetAdminJourney {
    }

    @Nested
    @Order(9)
    @Execution(ExecutionMode.CONCURRENT)
    class UserAdmin extends UserAdminJourney {
    }

    @Nested
    @Order(10)
    @Execution(ExecutionMode.CONCURRENT)
    class Movement extends MovementJourney {
    }

    @Nested
    @Order(11)
    @Execution(ExecutionMode.CONCURRENT)
    class Profile extends ProfileJourney {
    }
}
