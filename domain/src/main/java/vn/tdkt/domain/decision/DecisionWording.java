package vn.tdkt.domain.decision;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import vn.tdkt.domain.catalog.Title;
import vn.tdkt.domain.catalog.TitleCategory;

/**
 * The wording the system proposes for a decision (trích yếu), from the titles and forms it awards: "Về việc tặng
 * danh hiệu Chiến sĩ thi đua cấp tỉnh", "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh", or, for several, "Về việc
 * khen thưởng". The approver may write another.
 */
public final class DecisionWording {

    private static final ResourceBundle WORDING = ResourceBundle.getBundle("vn.tdkt.domain.decision.wording");

    private DecisionWording() {
    }

    public static String subjectFor(Collection<Title> titles) {
        List<Title> distinct = titles.stream().distinct().toList();
        if (distinct.size() != 1) {
            return WORDING.getString("subject.several");
        }
        Title title = distinct.get(0);
        String key = title.getCategory() == TitleCategory.TITLE ? "subject.title" : "subject.form";
        return MessageFormat.format(WORDING.getString(key), title.getNameVi());
    }
}
