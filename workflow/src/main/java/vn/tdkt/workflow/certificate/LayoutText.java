package vn.tdkt.workflow.certificate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text of a blank layout that administrators edit in the browser, one line per field:
 *
 * <pre>
 * page width=420 height=297
 * RECIPIENT_NAME x=60 y=128 width=300 size=28 bold align=center color=#000000 lines=1
 * AWARD_TITLE x=40 y=100 width=340 size=30 bold align=center color=#C00000 lines=2
 * QR_CODE x=30 y=250 size=24
 * </pre>
 *
 * Lengths in mm from the paper's top-left corner, font sizes in points ({@code size} of {@code QR_CODE} is the side
 * of the code in mm); {@code y} of a text field is the baseline of its first line. Optional: {@code bold},
 * {@code italic}, {@code align} (left, center, right; center when absent), {@code color} (black when absent),
 * {@code lines} (1 when absent). {@code #} starts a comment line. A line-per-field text was chosen over JSON because
 * it needs no parser on the classpath (the server's JSON-P has no implementation in unit tests), every problem has a
 * line to point at, and an administrator edits one field by editing one line.
 */
public final class LayoutText {

    /** Far above any real layout (a dozen lines); what the browser may send is bounded before it is read. */
    static final int MAX_CHARS = 20_000;

    private static final String PAGE = "page";
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("x", "y", "width", "size", "align", "color", "lines",
            "bold", "italic");
    private static final Set<String> QR_ATTRIBUTES = Set.of("x", "y", "size");
    private static final Set<String> PAGE_ATTRIBUTES = Set.of("width", "height");
    private static final Set<String> FLAGS = Set.of("bold", "italic");

    private static final String HEADER = """
            # Blank layout: one line per field. Lengths in mm from the paper's top-left corner, font sizes in points.
            # y of a text field is the baseline of its first line; QR_CODE: x, y = top-left corner, size = side in mm.
            # Optional: bold, italic, align=left|center|right, color=#RRGGBB, lines=1..5 (a longer text wraps, then
            # shrinks to fit).
            """;

    private LayoutText() {
    }

    /** The layout the text describes; every problem is reported with its line ({@link InvalidLayoutException}). */
    public static BlankLayout parse(String text) {
        List<LayoutProblem> problems = new ArrayList<>();
        if (text.length() > MAX_CHARS) {
            throw new InvalidLayoutException(List.of(new LayoutProblem(0, null, LayoutProblem.SYNTAX,
                    "The layout has " + text.length() + " characters, more than " + MAX_CHARS)));
        }
        String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
        double[] page = null;
        int pageLine = 0;
        Map<FieldKey, Integer> lineOf = new EnumMap<>(FieldKey.class);
        List<TextField> fields = new ArrayList<>();
        QrField qr = null;
        for (int index = 0; index < lines.length; index++) {
            int number = index + 1;
            String line = lines[index].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] tokens = line.split("\\s+");
            String name = tokens[0];
            if (name.equals(PAGE)) {
                if (pageLine > 0) {
                    problems.add(new LayoutProblem(number, PAGE, LayoutProblem.DUPLICATE_KEY,
                            "page appears more than once (first on line " + pageLine + ")"));
                    continue;
                }
                pageLine = number;
                Attributes attributes = Attributes.read(tokens, PAGE, PAGE_ATTRIBUTES, number, problems);
                Double width = attributes.number("width");
                Double height = attributes.number("height");
                if (width != null && height != null) {
                    page = new double[] {width, height};
                }
                continue;
            }
            FieldKey key = FieldKey.named(name);
            if (key == null) {
                problems.add(new LayoutProblem(number, name, LayoutProblem.UNKNOWN_KEY, "Unknown field '" + name
                        + "'; the fields are " + List.of(FieldKey.values())));
                continue;
            }
            Integer first = lineOf.putIfAbsent(key, number);
            if (first != null) {
                problems.add(new LayoutProblem(number, name, LayoutProblem.DUPLICATE_KEY, name
                        + " appears more than once (first on line " + first + ")"));
                continue;
            }
            if (key == FieldKey.QR_CODE) {
                qr = qrField(tokens, number, problems);
            } else {
                TextField field = textField(key, tokens, number, problems);
                if (field != null) {
                    fields.add(field);
                }
            }
        }
        if (pageLine == 0) {
            problems.add(new LayoutProblem(0, PAGE, LayoutProblem.MISSING,
                    "The layout has no line 'page width=… height=…'"));
        } else if (page != null) {
            List<LayoutProblem> pageProblems = LayoutRules.page(page[0], page[1]);
            for (LayoutProblem problem : pageProblems) {
                problems.add(problem.atLine(pageLine));
            }
            if (pageProblems.isEmpty()) {
                for (TextField field : fields) {
                    for (LayoutProblem problem : LayoutRules.text(field, page[0], page[1])) {
                        problems.add(problem.atLine(lineOf.get(field.key())));
                    }
                }
                if (qr != null) {
                    for (LayoutProblem problem : LayoutRules.qr(qr, page[0], page[1])) {
                        problems.add(problem.atLine(lineOf.get(FieldKey.QR_CODE)));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidLayoutException(problems);
        }
        return new BlankLayout(page[0], page[1], fields, qr);
    }

    /** The text of a layout, which {@link #parse} reads back to an equal layout. */
    public static String format(BlankLayout layout) {
        StringBuilder text = new StringBuilder(HEADER);
        text.append("page width=").append(number(layout.widthMm())).append(" height=")
                .append(number(layout.heightMm())).append('\n');
        for (TextField field : layout.textFields()) {
            text.append(field.key().name()).append(" x=").append(number(field.xMm())).append(" y=")
                    .append(number(field.yMm())).append(" width=").append(number(field.widthMm())).append(" size=")
                    .append(number(field.fontSizePt()));
            if (field.bold()) {
                text.append(" bold");
            }
            if (field.italic()) {
                text.append(" italic");
            }
            text.append(" align=").append(field.alignment().name().toLowerCase(Locale.ROOT)).append(" color=")
                    .append(field.colour()).append(" lines=").append(field.maxLines()).append('\n');
        }
        layout.qr().ifPresent(qr -> text.append(FieldKey.QR_CODE.name()).append(" x=").append(number(qr.xMm()))
                .append(" y=").append(number(qr.yMm())).append(" size=").append(number(qr.sizeMm())).append('\n'));
        return text.toString();
    }

    private static TextField textField(FieldKey key, String[] tokens, int line, List<LayoutProblem> problems) {
        Attributes attributes = Attributes.read(tokens, key.name(), TEXT_ATTRIBUTES, line, problems);
        Double x = attributes.number("x");
        Double y = attributes.number("y");
        Double width = attributes.number("width");
        Double size = attributes.number("size");
        Alignment alignment = attributes.alignment();
        Integer maxLines = attributes.whole("lines", 1);
        if (x == null || y == null || width == null || size == null || alignment == null || maxLines == null) {
            return null;
        }
        return new TextField(key, x, y, width, size, attributes.flag("bold"), attributes.flag("italic"), attributes
                .text("color", TextField.BLACK), alignment, maxLines);
    }

    private static QrField qrField(String[] tokens, int line, List<LayoutProblem> problems) {
        Attributes attributes = Attributes.read(tokens, FieldKey.QR_CODE.name(), QR_ATTRIBUTES, line, problems);
        Double x = attributes.number("x");
        Double y = attributes.number("y");
        Double size = attributes.number("size");
        return x == null || y == null || size == null ? null : new QrField(x, y, size);
    }

    /** Full precision, so that the text reads back to the same numbers; without a useless ".0". */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The {@code name=value} pairs and flags of one line; what is wrong is reported as it is asked for. */
    private static final class Attributes {

        private final Map<String, String> values = new LinkedHashMap<>();
        private final String key;
        private final int line;
        private final List<LayoutProblem> problems;

        private Attributes(String key, int line, List<LayoutProblem> problems) {
            this.key = key;
            this.line = line;
            this.problems = problems;
        }

        static Attributes read(String[] tokens, String key, Set<String> allowed, int line,
                List<LayoutProblem> problems) {
            Attributes attributes = new Attributes(key, line, problems);
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 1; i < tokens.length; i++) {
                String token = tokens[i];
                int equals = token.indexOf('=');
                String name = equals < 0 ? token : token.substring(0, equals);
                String value = equals < 0 ? "" : token.substring(equals + 1);
                if (!allowed.contains(name)) {
                    attributes.problem(LayoutProblem.SYNTAX, key + ": unknown attribute '" + name + "'; allowed: "
                            + allowed.stream().sorted().toList());
                } else if (FLAGS.contains(name) != (equals < 0)) {
                    attributes.problem(LayoutProblem.SYNTAX, key + ": '" + token + "' must be written " + (FLAGS
                            .contains(name) ? name + " alone" : name + "=value"));
                } else if (seen.merge(name, 1, Integer::sum) > 1) {
                    attributes.problem(LayoutProblem.SYNTAX, key + ": " + name + " is given more than once");
                } else {
                    attributes.values.put(name, value);
                }
            }
            return attributes;
        }

        Double number(String name) {
            String value = values.get(name);
            if (value == null) {
                problem(LayoutProblem.MISSING, key + ": " + name + " is missing");
                return null;
            }
            // Only plain decimals: Double.parseDouble would also take "NaN", "1e3" and "0x1p3".
            if (value.matches("-?[0-9]{1,6}(\\.[0-9]{1,6})?")) {
                return Double.valueOf(value);
            }
            problem(LayoutProblem.SYNTAX, key + ": " + name + "='" + value + "' is not a number like 12 or 12.5");
            return null;
        }

        Integer whole(String name, int absent) {
            String value = values.get(name);
            if (value == null) {
                return absent;
            }
            if (value.matches("[0-9]{1,3}")) {
                return Integer.valueOf(value);
            }
            problem(LayoutProblem.SYNTAX, key + ": " + name + "='" + value + "' is not a whole number");
            return null;
        }

        Alignment alignment() {
            String value = values.get("align");
            if (value == null) {
                return Alignment.CENTER;
            }
            for (Alignment alignment : Alignment.values()) {
                if (alignment.name().equalsIgnoreCase(value)) {
                    return alignment;
                }
            }
            problem(LayoutProblem.SYNTAX, key + ": align='" + value + "' is not left, center or right");
            return null;
        }

        boolean flag(String name) {
            return values.containsKey(name);
        }

        String text(String name, String absent) {
            return values.getOrDefault(name, absent);
        }

        private void problem(String code, String message) {
            problems.add(new LayoutProblem(line, key, code, message));
        }
    }
}
