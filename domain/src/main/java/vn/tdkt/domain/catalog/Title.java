package vn.tdkt.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;

/**
 * A title or form that can be proposed (danh hiệu / hình thức khen thưởng), e.g. Chiến sĩ thi đua cơ sở.
 * Reference data owned by the schema migrations; the name is kept in Vietnamese and English.
 */
@Entity
@Table(name = "title")
public class Title {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 255)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 255)
    private String nameEn;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Title() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public boolean isActive() {
        return active;
    }

    /** The name in the user's language; Vietnamese is the default. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String getNameVi() {
        return nameVi;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Title title && Objects.equals(code, title.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
