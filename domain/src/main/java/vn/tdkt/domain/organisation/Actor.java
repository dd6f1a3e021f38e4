package vn.tdkt.domain.organisation;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.domain.shared.DomainException;

/**
 * The signed-in user acting in a use case: identity, unit and roles. Built only from a stored
 * {@link UserAccount} after authentication; every authorisation decision reads it.
 */
public record Actor(long userId, String username, String fullName, long unitId, String unitCode,
        Set<Role> roles) implements Serializable {

    public Actor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(unitCode);
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /**
     * The provincial board (appraisers, approvers) or an administrator: they read every unit's bloc work and
     * registrations, where others see only their own unit's or their bloc's.
     */
    public boolean readsEveryUnit() {
        return hasRole(Role.APPRAISER) || hasRole(Role.APPROVER) || hasRole(Role.ADMIN);
    }

    /** Throws the "not allowed" error unless the actor holds one of the roles. */
    public void require(Role... allowed) {
        for (Role role : allowed) {
            if (hasRole(role)) {
                return;
            }
        }
        throw new DomainException("error.forbidden");
    }

    public boolean belongsTo(Unit unit) {
        return unit != null && unit.getId() != null && unit.getId() == unitId;
    }
}
