package vn.tdkt.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.domain.bloc.Bloc;
import vn.tdkt.domain.bloc.BlocRole;
import vn.tdkt.domain.organisation.Unit;

/**
 * The demo bloc (Khối thi đua Nội chính) composed for a year no demo data uses, so that an in-server test can run
 * a whole review of its own: the first unit code heads it.
 */
@ApplicationScoped
public class TestBlocs {

    public static final String BLOC = "NOI_CHINH";

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    @Transactional
    public void compose(int year, List<String> unitCodes) {
        Bloc bloc = em.createQuery("select b from Bloc b where b.code = :code", Bloc.class)
                .setParameter("code", BLOC).getSingleResult();
        Map<Unit, BlocRole> roles = new LinkedHashMap<>();
        for (String code : unitCodes) {
            Unit unit = em.createQuery("select u from Unit u where u.code = :code", Unit.class)
                    .setParameter("code", code).getSingleResult();
            roles.put(unit, roles.isEmpty() ? BlocRole.HEAD : BlocRole.MEMBER);
        }
        bloc.composeYear(year, roles);
    }

    /** Scores by criterion position (1, 2, …) in the order given. */
    public static Map<Integer, BigDecimal> scores(int... values) {
        Map<Integer, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(i + 1, BigDecimal.valueOf(values[i]));
        }
        return map;
    }

    /** The id of a demo movement by its code. */
    public long movement(String code) {
        return em.createQuery("select m.id from Movement m where m.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }
}
