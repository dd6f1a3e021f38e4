package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.organisation.UnitLevel;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.design.DiagramProblem;
import vn.tdkt.workflow.design.ProcessDesigns;
import vn.tdkt.workflow.organisation.UnitAdministration;
import vn.tdkt.workflow.organisation.UserAdministration;
import vn.tdkt.workflow.organisation.UserDirectory;

/** Administrators create accounts, move them between units and roles, reset passwords and disable them. */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    @Inject
    UserAdministration administration;

    @Inject
    UserDirectory users;

    @Inject
    UnitAdministration units;

    @Inject
    ProcessDesigns designs;

    @Test
    void anAccountIsCreatedMovedGivenANewPasswordAndDisabled() {
        Actor admin = users.actorFor("admin").orElseThrow();
        String username = "can.bo." + System.currentTimeMillis() % 100000;

        assertThatThrownBy(() -> administration.create(admin, username, "Lê Thị Mới", "Cán bộ", "CONG_AN",
                Set.of(Role.CLERK), null, "ngan".toCharArray())).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.password.tooShort"));
        administration.create(admin, username, "Lê Thị Mới", "Cán bộ thi đua", "CONG_AN", Set.of(Role.CLERK),
                "le.thi.moi@tdkt.local", "mật-khẩu-đủ-dài".toCharArray());
        assertThatThrownBy(() -> administration.create(admin, username.toUpperCase(), "Trùng", null, "CONG_AN",
                Set.of(Role.CLERK), null, "12345678".toCharArray())).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.username.taken"));
        Actor created = users.authenticate(username, "mật-khẩu-đủ-dài".toCharArray()).orElseThrow();
        assertThat(created.unitCode()).isEqualTo("CONG_AN");
        assertThat(created.roles()).containsExactly(Role.CLERK);

        administration.update(admin, username, "Lê Thị Mới", "Phó Viện trưởng", "VKSND",
                EnumSet.of(Role.UNIT_LEADER, Role.COUNCIL_SECRETARY), null);
        Actor moved = users.actorFor(username).orElseThrow();
        assertThat(moved.unitCode()).isEqualTo("VKSND");
        assertThat(moved.roles()).containsExactlyInAnyOrder(Role.UNIT_LEADER, Role.COUNCIL_SECRETARY);

        administration.resetPassword(admin, username, "mật khẩu mới 2026".toCharArray());
        assertThat(users.authenticate(username, "mật-khẩu-đủ-dài".toCharArray())).isEmpty();
        assertThat(users.authenticate(username, "mật khẩu mới 2026".toCharArray())).isPresent();

        administration.disable(admin, username);
        assertThat(users.authenticate(username, "mật khẩu mới 2026".toCharArray())).isEmpty();
        assertThat(users.actorFor(username)).isEmpty();
        administration.enable(admin, username);
        assertThat(users.actorFor(username)).isPresent();
    }

    @Test
    void onlyAdministratorsKeepAccountsAndNoneCanLockThemselvesOut() {
        Actor admin = users.actorFor("admin").orElseThrow();
        assertThatThrownBy(() -> administration.disable(admin, "admin")).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.disableSelf"));
        assertThatThrownBy(() -> administration.update(admin, "admin", "Quản trị", null, admin.unitCode(),
                Set.of(Role.CLERK), null)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.error.ownAdminRole"));
        for (String username : new String[] {"clerk", "leader", "appraiser", "approver"}) {
            Actor other = users.actorFor(username).orElseThrow();
            assertThatThrownBy(() -> administration.resetPassword(other, "clerk2", "12345678".toCharArray()))
                    .as(username).isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> administration.create(other, "x" + username, "X", null, "VKSND",
                    Set.of(Role.ADMIN), null, "12345678".toCharArray())).isInstanceOf(DomainException.class);
        }
        assertThat(users.authenticate("clerk2", "12345678".toCharArray())).isEmpty();
    }

    @Test
    void aNewUnitTakesAccountsAndCandidateGroupsButNeverACycleOrATakenCode() {
        Actor admin = users.actorFor("admin").orElseThrow();
        String code = "PHONG_" + System.currentTimeMillis() % 100000;
        units.create(admin, code.toLowerCase(), "Phòng Tổ chức – Thi đua", "VKSND", "NOI_CHINH", UnitLevel.DEPARTMENT);

        assertThatThrownBy(() -> units.create(admin, code, "Trùng mã", null, null, UnitLevel.DEPARTMENT))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("unit.code.taken"));
        assertThatThrownBy(() -> units.update(admin, "VKSND", "Viện Kiểm sát nhân dân tỉnh", code, null,
                UnitLevel.DEPARTMENT)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("unit.error.cycle"));
        units.update(admin, code, "Phòng Tổ chức cán bộ – Thi đua khen thưởng", "VKSND", "NOI_CHINH",
                UnitLevel.GRASSROOTS);
        assertThat(units.all(admin)).filteredOn(u -> u.getCode().equals(code)).singleElement().satisfies(u -> {
            assertThat(u.getName()).isEqualTo("Phòng Tổ chức cán bộ – Thi đua khen thưởng");
            assertThat(u.getParent().getCode()).isEqualTo("VKSND");
            assertThat(u.getLevel()).isEqualTo(UnitLevel.GRASSROOTS);
        });

        String username = "tp." + System.currentTimeMillis() % 100000;
        administration.create(admin, username, "Trưởng phòng", null, code, Set.of(Role.UNIT_LEADER), null,
                "mật khẩu 12345".toCharArray());
        assertThat(users.actorFor(username).orElseThrow().unitCode()).isEqualTo(code);
        String procedure = designs.versions(admin).stream()
                .filter(v -> v.getProcessKey().equals("commendation-proposal") && v.isLatest()).findFirst()
                .orElseThrow().getDefinitionId();
        byte[] diagram = new String(designs.xml(admin, procedure),
                StandardCharsets.UTF_8).replace("APPRAISER@BAN_TDKT", "APPRAISER@" + code)
                .getBytes(StandardCharsets.UTF_8);
        assertThat(designs.check(admin, diagram)).isEmpty();
        assertThat(designs.check(admin, new String(diagram, StandardCharsets.UTF_8)
                .replace("APPRAISER@" + code, "APPRAISER@KHONG_CO").getBytes(StandardCharsets.UTF_8)))
                .extracting(DiagramProblem::getKey).contains("designer.error.unknownUnit");
        assertThatThrownBy(() -> units.create(users.actorFor("leader").orElseThrow(), "X_" + code, "X", null, null,
                UnitLevel.DEPARTMENT)).isInstanceOf(DomainException.class);
    }
}
