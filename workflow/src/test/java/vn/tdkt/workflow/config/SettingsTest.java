package vn.tdkt.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Demo data must never appear by accident: demo mode is off unless a deployment turns it on. */
class SettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("tdkt.demo");
        System.clearProperty("tdkt.admin.password");
    }

    @Test
    void demoModeIsOffByDefault() {
        assertThat(System.getenv("TDKT_DEMO")).as("this test needs TDKT_DEMO unset").isNull();
        assertThat(Settings.demoMode()).isFalse();
    }

    @Test
    void demoModeIsOnOnlyWhenSaidSo() {
        System.setProperty("tdkt.demo", "yes");
        assertThat(Settings.demoMode()).isFalse();
        System.setProperty("tdkt.demo", "true");
        assertThat(Settings.demoMode()).isTrue();
    }

    @Test
    void aBlankAdministratorPasswordCreatesNoAccount() {
        assertThat(Settings.initialAdminPassword()).isEmpty();
        System.setProperty("tdkt.admin.password", "   ");
        assertThat(Settings.initialAdminPassword()).isEmpty();
        System.setProperty("tdkt.admin.password", "Mật-khẩu-đủ-dài");
        assertThat(Settings.initialAdminPassword()).contains("Mật-khẩu-đủ-dài");
    }
}
