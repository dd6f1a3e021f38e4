package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.movement.Criterion;
import vn.tdkt.domain.movement.Movement;
import vn.tdkt.domain.movement.MovementDetails;
import vn.tdkt.domain.movement.MovementKind;
import vn.tdkt.domain.movement.TitleRegistration;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.it.support.TestBlocs;
import vn.tdkt.workflow.movement.Movements;
import vn.tdkt.workflow.movement.RegistrationTally;
import vn.tdkt.workflow.movement.TitleRegistrations;
import vn.tdkt.workflow.organisation.UserDirectory;

/**
 * Movements and title registrations inside WildFly on PostgreSQL: the bloc's head clerk launches the bloc's
 * movement and nobody else does; criteria are fixed once a review scores against them; a clerk registers for the
 * clerk's own unit only, once per movement, until the registration closes; the head and the board see every unit's
 * registration; Vietnamese text comes back from the database as it was typed.
 */
@ExtendWith(ArquillianExtension.class)
class MovementIT {

    /** A year no other test composes the bloc for: TAND heads it, Cục THADS is not a member. */
    private static final int YEAR = 2031;

    @Inject
    TestBlocs blocs;

    @Inject
    Movements movements;

    @Inject
    TitleRegistrations registrations;

    @Inject
    UserDirectory users;

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    @Test
    void theBlocsHeadClerkLaunchesTheBlocsMovementAndNobodyElse() throws Exception {
        blocs.compose(YEAR, List.of("TAND", "VKSND", "CONG_AN", "BO_CHQS", "BDBP"));
        MovementDetails details = details("Phong trào thi đua \"Cải cách tư pháp\" năm 2031", LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31), null);

        refused(() -> movements.launch(actor("clerk2"), "NOI_CHINH", details), "bloc.error.onlyHead");
        refused(() -> movements.launch(actor("appraiser"), "NOI_CHINH", details), "error.forbidden");
        refused(() -> movements.launch(actor("leader"), null, details), "error.forbidden");
        long id = movements.launch(actor("clerk.tand"), "NOI_CHINH", details);

        Movement movement = movements.read(actor("leader2"), id);
        assertThat(movement.getCode()).startsWith("PT2031-");
        assertThat(movement.getBloc().getCode()).isEqualTo("NOI_CHINH");
        assertThat(movement.getLaunchedBy().getCode()).isEqualTo("TAND");
        assertThat(movement.getCriteria()).extracting(Criterion::getName)
                .containsExactly("Giải quyết án đúng thời hạn", "Sáng kiến, mô hình mới");
        assertThat(movements.all(actor("secretary"))).extracting(Movement::getId).contains(id);

        refused(() -> movements.revise(actor("clerk2"), id, details), "bloc.error.onlyHead");
        movements.revise(actor("clerk.tand"), id, details("Phong trào thi đua \"Cải cách tư pháp\" năm 2031",
                LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR, 12, 1)));
        assertThat(movements.read(actor("clerk"), id).getRegistrationDeadline()).isEqualTo(LocalDate.of(YEAR, 12, 1));
    }

    @Test
    void theBoardKeepsTheProvincesMovementAndThePlanKeepsItsVietnamese() {
        // Typed on a keyboard that sends decomposed letters (a base letter plus combining marks).
        String plan = Normalizer.normalize("Kế hoạch số 15/KH-UBND: Nguyễn Thị Ánh Tuyết phụ trách;\n"
                + "đăng ký danh hiệu trước ngày 31/03.", Normalizer.Form.NFD);
        MovementDetails details = new MovementDetails("Thi đua \"Chuyển đổi số – Tây Ninh số\" năm 2031",
                MovementKind.THEMATIC, plan, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31),
                LocalDate.of(YEAR, 3, 31), LocalDate.of(YEAR + 1, 3, 15), criteria());
        refused(() -> movements.launch(actor("clerk.tand"), null, details), "error.forbidden");
        long id = movements.launch(actor("appraiser"), null, details);

        Object stored = em.createNativeQuery("select plan from movement where id = ?1").setParameter(1, id)
                .getSingleResult();
        assertThat(stored).isEqualTo("Kế hoạch số 15/KH-UBND: Nguyễn Thị Ánh Tuyết phụ trách;\n"
                + "đăng ký danh hiệu trước ngày 31/03.");
        Object name = em.createNativeQuery("select name from movement where id = ?1").setParameter(1, id)
                .getSingleResult();
        assertThat(name).isEqualTo("Thi đua \"Chuyển đổi số – Tây Ninh số\" năm 2031");
        assertThat(movements.read(actor("admin"), id).isKeptBy(actor("admin"))).isTrue();
        assertThat(movements.read(actor("clerk"), id).isKeptBy(actor("clerk"))).isFalse();
    }

    @Test
    void criteriaAreFixedOnceABlocReviewScoresAgainstThem() {
        Movement used = em.createQuery("select m from Movement m where m.code = 'QUYET_THANG_2024'", Movement.class)
                .getSingleResult();
        List<Criterion> heavier = used.getCriteria().stream().map(c -> new Criterion(c.getPosition(), c.getName(),
                c.getMaxScore(), c.getWeight().add(BigDecimal.ONE), c.isRequired())).toList();
        MovementDetails changed = new MovementDetails(used.getName(), used.getKind(), used.getPlan(),
                used.getStartsOn(), used.getEndsOn(), used.getRegistrationDeadline(), used.getProposalDeadline(),
                heavier);

        assertThat(movements.criteriaInUse(used.getId())).isTrue();
        refused(() -> movements.revise(actor("clerk"), used.getId(), changed), "movement.error.criteriaInUse");

        MovementDetails newPlan = new MovementDetails(used.getName(), used.getKind(),
                "Kế hoạch số 01/KH-KTĐNC (đã bổ sung phụ lục tiêu chí chấm điểm).", used.getStartsOn(),
                used.getEndsOn(), used.getRegistrationDeadline(), used.getProposalDeadline(), used.getCriteria());
        movements.revise(actor("clerk"), used.getId(), newPlan);
        assertThat(em.createNativeQuery("select plan from movement where code = 'QUYET_THANG_2024'")
                .getSingleResult()).isEqualTo("Kế hoạch số 01/KH-KTĐNC (đã bổ sung phụ lục tiêu chí chấm điểm).");
        assertThat(em.createNativeQuery("select sum(weight) from movement_criterion where movement_id = ?1")
                .setParameter(1, used.getId()).getSingleResult().toString()).isEqualTo("5.00");
    }

    @Test
    void aClerkRegistersForTheOwnUnitOnceAndTheHeadAndTheBoardSeeEveryUnit() throws Exception {
        blocs.compose(YEAR, List.of("TAND", "VKSND", "CONG_AN", "BO_CHQS", "BDBP"));
        long id = movements.launch(actor("clerk.tand"), "NOI_CHINH", details(
                "Phong trào thi đua \"Vì an ninh Tổ quốc\" năm 2031", LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31), null));
        long flag = titleId("CO_THI_DUA_UBND");
        long excellent = titleId("TTLD_XUAT_SAC");
        long advanced = titleId("LDTT");
        long fighter = titleId("CSTDCS");

        refused(() -> registrations.register(actor("leader2"), id, excellent, Map.of()), "error.forbidden");
        refused(() -> registrations.register(actor("clerk.thads"), id, excellent, Map.of()),
                "movement.error.notParticipant");
        refused(() -> registrations.register(actor("clerk2"), id, advanced, Map.of()),
                "movement.registration.error.collectiveTitle");

        long first = registrations.register(actor("clerk.bochqs"), id, flag, people(fighter, 6, advanced, 48));
        registrations.register(actor("clerk2"), id, excellent, people(advanced, 120));
        long again = registrations.register(actor("clerk.bochqs"), id, flag, people(fighter, 7, advanced, 48));

        assertThat(again).isEqualTo(first);
        assertThat(((Number) em.createNativeQuery("select count(*) from title_registration r join org_unit u"
                + " on u.id = r.unit_id where r.movement_id = ?1 and u.code = 'BO_CHQS'").setParameter(1, id)
                .getSingleResult()).longValue()).isEqualTo(1);
        TitleRegistration bochqs = registrations.own(actor("clerk.bochqs"), id).orElseThrow();
        assertThat(bochqs.getUnit().getCode()).isEqualTo("BO_CHQS");
        assertThat(bochqs.getRegisteredBy()).isEqualTo("clerk.bochqs");
        assertThat(bochqs.getRegisteredByName()).isEqualTo("Nguyễn Hữu Phước");
        assertThat(bochqs.getLines()).extracting(l -> l.getTitle().getCode() + "=" + l.getNominees())
                .containsExactly("LDTT=48", "CSTDCS=7");

        // Công an sees its own registration, never Bộ CHQS's; the bloc's head and the board see both.
        assertThat(registrations.visible(actor("clerk2"), id)).extracting(r -> r.getUnit().getCode())
                .containsExactly("CONG_AN");
        assertThat(registrations.own(actor("clerk2"), id)).hasValueSatisfying(
                r -> assertThat(r.getUnit().getCode()).isEqualTo("CONG_AN"));
        refused(() -> registrations.summary(actor("clerk2"), id), "error.forbidden");
        assertThat(registrations.visible(actor("clerk.tand"), id)).extracting(r -> r.getUnit().getCode())
                .containsExactlyInAnyOrder("BO_CHQS", "CONG_AN");
        assertThat(registrations.visible(actor("appraiser"), id)).hasSize(2);
        List<RegistrationTally> summary = registrations.summary(actor("approver"), id);
        assertThat(summary).extracting(t -> t.getTitle().getCode() + ":" + t.getUnits() + ":" + t.getNominees())
                .containsExactly("TTLD_XUAT_SAC:1:1", "CO_THI_DUA_UBND:1:1", "LDTT:2:168", "CSTDCS:1:7");
    }

    @Test
    void registrationIsLockedOnceItsDeadlinePassed() {
        // The demo's "Quyết thắng" 2025: registration closed on 28/02/2025; Bộ CHQS registered the Cờ thi đua.
        Movement movement = em.createQuery("select m from Movement m where m.code = 'QUYET_THANG_2025'",
                Movement.class).getSingleResult();
        long excellent = titleId("TTLD_XUAT_SAC");
        TitleRegistration demo = registrations.own(actor("clerk.bochqs"), movement.getId()).orElseThrow();
        assertThat(demo.getCollectiveTitle().getCode()).isEqualTo("CO_THI_DUA_UBND");

        assertThatThrownBy(() -> registrations.register(actor("clerk.bochqs"), movement.getId(), excellent, Map.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("movement.registration.error.closed");
                    assertThat(e.arguments()).containsExactly("28/02/2025");
                });
        refused(() -> registrations.register(actor("clerk.bdbp"), movement.getId(), excellent, Map.of()),
                "movement.registration.error.closed");
        assertThat(registrations.own(actor("clerk.bochqs"), movement.getId()).orElseThrow().getCollectiveTitle()
                .getCode()).isEqualTo("CO_THI_DUA_UBND");
        assertThat(registrations.own(actor("clerk.bdbp"), movement.getId())).isEmpty();
        assertThat(registrations.summary(actor("clerk.tand"), movement.getId()))
                .filteredOn(t -> t.getTitle().getCode().equals("CO_THI_DUA_UBND")).singleElement()
                .satisfies(t -> assertThat(t.getUnits()).isEqualTo(1));
    }

    private static MovementDetails details(String name, LocalDate start, LocalDate end, LocalDate registration) {
        return new MovementDetails(name, MovementKind.REGULAR, "Kế hoạch thi đua của khối năm 2031.", start, end,
                registration, null, criteria());
    }

    private static List<Criterion> criteria() {
        return List.of(new Criterion(1, "Giải quyết án đúng thời hạn", BigDecimal.valueOf(70), BigDecimal.valueOf(2),
                true), new Criterion(2, "Sáng kiến, mô hình mới", BigDecimal.valueOf(30), BigDecimal.ONE, false));
    }

    /** Title id, people, title id, people… */
    private static Map<Long, Integer> people(long... titleAndCount) {
        Map<Long, Integer> people = new LinkedHashMap<>();
        for (int i = 0; i < titleAndCount.length; i += 2) {
            people.put(titleAndCount[i], (int) titleAndCount[i + 1]);
        }
        return people;
    }

    private long titleId(String code) {
        return em.createQuery("select t from Title t where t.code = :code", Title.class).setParameter("code", code)
                .getSingleResult().getId();
    }

    private static void refused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    /** The bloc in {@link #YEAR}: TAND heads it; Cục THADS is not a member that year. */

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }
}
