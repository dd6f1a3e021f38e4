package vn.tdkt.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private TitleCategory category;

    /** The kinds of nominee that may receive it, comma-separated in the table (e.g. {@code INDIVIDUAL}). */
    @Column(name = "nominee_kinds", nullable = false, length = 100)
    private String nomineeKinds;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", nullable = false, length = 32)
    private Authority decidedBy;

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

    /** Whether this title or form may be given to a nominee of the kind (e.g. no Cờ thi đua for a person). */
    public boolean allows(NomineeKind kind) {
        return kind != null && Arrays.asList(nomineeKinds.split(",")).contains(kind.name());
    }

    /** The kinds of nominee it may be given to, in declaration order. */
    public List<NomineeKind> getNomineeKinds() {
        return Arrays.stream(NomineeKind.values()).filter(this::allows).toList();
    }

    public TitleCategory getCategory() {
        return category;
    }

    public Authority getDecidedBy() {
        return decidedBy;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
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
