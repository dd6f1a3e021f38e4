package vn.tdkt.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.organisation.Unit;

/** A reference to a catalog entry or a unit: its stable code and its name as users read it. */
@JsonbPropertyOrder({"code", "name"})
public record CodeName(String code, String name) {

    static CodeName of(Unit unit) {
        return new CodeName(unit.getCode(), unit.getName());
    }

    static CodeName of(Title title, Locale language) {
        return new CodeName(title.getCode(), title.name(language));
    }
}
