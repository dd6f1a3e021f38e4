package vn.tdkt.workflow.organisation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The first administrator's password from the environment follows the rule every other password follows. */
class AdministratorBootstrapTest {

    @Test
    void aShortPasswordStopsTheStartWithTheReason() {
        assertThatThrownBy(() -> AdministratorBootstrap.requireAcceptable("demo"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TDKT_ADMIN_PASSWORD must have at least 8 characters");
    }

    @Test
    void aPasswordThatFollowsTheRuleIsAccepted() {
        assertThatCode(() -> AdministratorBootstrap.requireAcceptable("Mật-khẩu-đủ-dài")).doesNotThrowAnyException();
    }
}
