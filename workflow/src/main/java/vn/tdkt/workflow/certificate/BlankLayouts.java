package vn.tdkt.workflow.certificate;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.organisation.Role;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.workflow.config.BusinessClock;

/**
 * The province's blanks (phôi) as administrators set them (role {@code ADMIN}): per title or form, the layout text
 * measured on the real paper, or the built-in layout of its kind of certificate when none is stored. The one place
 * that says which layout a title prints with ({@link #layoutFor}), so the printing and the calibration page never
 * disagree.
 */
@Stateless
public class BlankLayouts {

    @PersistenceContext(unitName = "tdkt")
    EntityManager em;

    /**
     * A title with the blank it prints on; serializable, as the editor page keeps the one it shows.
     *
     * @param custom         whether an administrator stored a layout ({@code false}: the built-in one is used)
     * @param defaultLayout  the built-in layout used without one
     * @param updatedBy      who stored it, {@code null} without one
     */
    public record TitleBlank(long titleId, String titleCode, String nameVi, String nameEn, boolean custom,
            DefaultLayout defaultLayout, String updatedBy, LocalDateTime updatedAt) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /**
     * A title's layout text for the editor.
     *
     * @param version the stored row's version, {@code null} when the text is the default's; given back on save, so
     *                that a save over another administrator's newer layout is refused instead of erasing it
     */
    public record LayoutDocument(TitleBlank blank, String text, Long version) {
    }

    /** A calibration page ready to send. */
    public record CalibrationPdf(String fileName, byte[] content) {
    }

    /** Every title of the catalog, in its order, with the layout its certificates print with. */
    public List<TitleBlank> blanks(Actor admin) {
        admin.require(Role.ADMIN);
        Map<Long, Object[]> stored = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT title_id, updated_by, updated_at FROM blank_layout")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            stored.put(((Number) columns[0]).longValue(), columns);
        }
        return em.createQuery("SELECT t FROM Title t ORDER BY t.sortOrder, t.code", Title.class).getResultList()
                .stream().map(title -> blank(title, stored.get(title.getId()))).toList();
    }

    /** The title's stored layout text, or the default's (comments included) to start from. */
    public LayoutDocument read(Actor admin, long titleId) {
        admin.require(Role.ADMIN);
        Title title = title(titleId);
        Object[] row = stored(titleId);
        if (row == null) {
            return new LayoutDocument(blank(title, null), DefaultLayout.forTitle(title.getCode()).text(), null);
        }
        return new LayoutDocument(blank(title, new Object[] {row[0], row[2], row[3]}), (String) row[1],
                ((Number) row[4]).longValue());
    }

    /**
     * Stores the layout of a title's blank, by whom and when, after checking it whole: a text with problems is
     * refused with all of them ({@link BlankLayoutRefused}) and the stored layout stays as it was.
     *
     * @param expectedVersion the version read ({@link LayoutDocument#version()}), {@code null} if none was stored
     * @return the version now stored
     */
    public long save(Actor admin, long titleId, String text, Long expectedVersion) {
        admin.require(Role.ADMIN);
        title(titleId);
        String layoutText = text == null ? "" : text;
        try {
            LayoutText.parse(layoutText);
        } catch (InvalidLayoutException e) {
            throw new BlankLayoutRefused(e.problems());
        }
        Object[] row = stored(titleId);
        Long current = row == null ? null : ((Number) row[4]).longValue();
        if (!Objects.equals(current, expectedVersion)) {
            throw new DomainException("blankLayout.error.changedMeanwhile");
        }
        LocalDateTime now = BusinessClock.now();
        if (row == null) {
            em.createNativeQuery("INSERT INTO blank_layout (id, title_id, layout_text, updated_by, updated_at, version)"
                    + " VALUES (nextval('blank_layout_seq'), ?1, ?2, ?3, ?4, 0)").setParameter(1, titleId)
                    .setParameter(2, layoutText).setParameter(3, admin.username()).setParameter(4, now)
                    .executeUpdate();
            return 0;
        }
        // The version in the WHERE clause as well: a save between our read and this update changes no row.
        int updated = em.createNativeQuery("UPDATE blank_layout SET layout_text = ?1, updated_by = ?2, updated_at = ?3,"
                + " version = version + 1 WHERE title_id = ?4 AND version = ?5").setParameter(1, layoutText)
                .setParameter(2, admin.username()).setParameter(3, now).setParameter(4, titleId)
                .setParameter(5, current).executeUpdate();
        if (updated != 1) {
            throw new DomainException("blankLayout.error.changedMeanwhile");
        }
        return current + 1;
    }

    /** Forgets the title's stored layout: its certificates print on the built-in layout again. */
    public void resetToDefault(Actor admin, long titleId) {
        admin.require(Role.ADMIN);
        title(titleId);
        em.createNativeQuery("DELETE FROM blank_layout WHERE title_id = ?1").setParameter(1, titleId)
                .executeUpdate();
    }

    /** The calibration page of the layout the title's certificates print with now (stored or default). */
    public CalibrationPdf calibration(Actor admin, long titleId) {
        admin.require(Role.ADMIN);
        Title title = title(titleId);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new CertificateSheets().calibration(layoutFor(title), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CalibrationPdf("calibration-" + title.getCode() + ".pdf", pdf.toByteArray());
    }

    /**
     * The layout the title's certificates print with: the administrator's, or the built-in one of its kind. No role
     * is asked here: the caller (printing, calibration) has already decided who may print; a layout is no secret.
     */
    public BlankLayout layoutFor(Title title) {
        Object[] row = stored(title.getId());
        return row == null ? DefaultLayout.forTitle(title.getCode()).layout() : LayoutText.parse((String) row[1]);
    }

    private Title title(long titleId) {
        Title title = em.find(Title.class, titleId);
        if (title == null) {
            throw new DomainException("blankLayout.error.titleNotFound");
        }
        return title;
    }

    /** The stored row (title_id, layout_text, updated_by, updated_at, version), or {@code null}. */
    private Object[] stored(long titleId) {
        List<?> rows = em.createNativeQuery("SELECT title_id, layout_text, updated_by, updated_at, version FROM "
                + "blank_layout WHERE title_id = ?1").setParameter(1, titleId).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    /** @param row (title_id, updated_by, updated_at) of the stored layout, or {@code null} */
    private static TitleBlank blank(Title title, Object[] row) {
        return new TitleBlank(title.getId(), title.getCode(), title.getNameVi(), title.getNameEn(), row != null,
                DefaultLayout.forTitle(title.getCode()), row == null ? null : (String) row[1],
                row == null ? null : dateTime(row[2]));
    }

    /** The driver may hand a TIMESTAMP column back as either type, depending on the JDBC and JPA versions. */
    private static LocalDateTime dateTime(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
