package vn.tdkt.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tdkt.domain.TestUnits;
import vn.tdkt.domain.shared.DomainException;

class UserAccountTest {

    private final Unit vksnd = TestUnits.unit(7, "VKSND", "Viện Kiểm sát nhân dân tỉnh");

    @Test
    void anEnabledAccountSignsInWithItsPasswordOnly() {
        UserAccount clerk = new UserAccount("CanBo.TD", "Trần Thị Bình", null, vksnd, Set.of(Role.CLERK),
                "mật khẩu".toCharArray());

        assertThat(clerk.authenticates("mật khẩu".toCharArray())).isTrue();
        assertThat(clerk.authenticates("mat khau".toCharArray())).isFalse();
    }

    @Test
    void aDisabledAccountCannotSignInEvenWithTheRightPassword() {
        UserAccount clerk = new UserAccount("canbo", "Trần Thị Bình", null, vksnd, Set.of(Role.CLERK),
                "secret".toCharArray());

        clerk.disable();

        assertThat(clerk.authenticates("secret".toCharArray())).isFalse();
    }

    @Test
    void aDisabledAccountIsRefusedOnlyAfterTheSameWorkAsAWrongPassword() {
        UserAccount enabled = new UserAccount("canbo", "Trần Thị Bình", null, vksnd, Set.of(Role.CLERK),
                "secret".toCharArray());
        UserAccount disabled = new UserAccount("canbo2", "Trần Thị Bình", null, vksnd, Set.of(Role.CLERK),
                "secret".toCharArray());
        disabled.disable();

        long wrongPassword = medianNanos(() -> enabled.authenticates("wrong".toCharArray()));
        long disabledAccount = medianNanos(() -> disabled.authenticates("secret".toCharArray()));

        // The password hash costs hundreds of milliseconds; a refusal without it would take microseconds.
        assertThat(disabledAccount).as("disabled %d ns, wrong password %d ns", disabledAccount, wrongPassword)
                .isGreaterThan(wrongPassword / 2);
    }

    @Test
    void theCredentialStampChangesWithThePasswordOnly() {
        UserAccount clerk = new UserAccount("canbo", "Trần Thị Bình", null, vksnd, Set.of(Role.CLERK),
                "secret".toCharArray());
        String stamp = clerk.credentialStamp();

        clerk.changeEmail("canbo@tdkt.local");
        clerk.disable();
        assertThat(clerk.credentialStamp()).isEqualTo(stamp).hasSize(64);
        clerk.changePassword("secret".toCharArray());
        assertThat(clerk.credentialStamp()).isNotEqualTo(stamp);
    }

    /** The median of three timed runs, after one untimed (the first pays for class loading). */
    static long medianNanos(Runnable work) {
        work.run();
        long[] times = new long[3];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[1];
    }

    @Test
    void theActorCarriesTheUnitAndRolesUsedForAuthorisation() {
        UserAccount leader = TestUnits.withId(new UserAccount("  ThuTruong ", " Lê  Văn\u00A0Cường ",
                "Viện trưởng", vksnd, Set.of(Role.UNIT_LEADER), "secret".toCharArray()), 42);

        Actor actor = leader.toActor();

        assertThat(actor.userId()).isEqualTo(42L);
        assertThat(actor.username()).isEqualTo("thutruong");
        assertThat(actor.fullName()).isEqualTo("Lê Văn Cường");
        assertThat(actor.unitId()).isEqualTo(7L);
        assertThat(actor.unitCode()).isEqualTo("VKSND");
        assertThat(actor.roles()).containsExactly(Role.UNIT_LEADER);
        assertThat(actor.belongsTo(vksnd)).isTrue();
    }

    @Test
    void invalidUsernamesRolesAndShortPasswordsAreRefusedBeforeHashing() {
        assertThatThrownBy(() -> new UserAccount("nguyen van a", "A", null, vksnd, Set.of(Role.CLERK),
                "secret".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> new UserAccount("a", "A", null, vksnd, Set.of(), "secret".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("roles");
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                });
        assertThatThrownBy(() -> new UserAccount("a", "A", null, vksnd, Set.of(Role.CLERK), "abc".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.messageKey()).isEqualTo("user.password.tooShort");
                });
    }

    @Test
    void anEmailAddressIsOptionalButMustLookLikeOne() {
        UserAccount clerk = new UserAccount("canbo", "Trần Thị Bình", null, vksnd, Set.of(Role.CLERK),
                "secret".toCharArray());
        assertThat(clerk.getEmail()).isEmpty();

        clerk.changeEmail("  canbo@tdkt.local ");
        assertThat(clerk.getEmail()).contains("canbo@tdkt.local");

        assertThatThrownBy(() -> clerk.changeEmail("not an address")).isInstanceOf(DomainException.class);
        clerk.changeEmail(" ");
        assertThat(clerk.getEmail()).isEmpty();
    }
}
