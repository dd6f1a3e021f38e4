package vn.tdkt.workflow.paper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Just enough CSS for the Word output to follow the templates' style sheet: rules of tag and class selectors with
 * descendant combinators, specificity and source order, and inheritance of the font and alignment properties. At-rules
 * ({@code @page}) are skipped: Word's page is set by {@link DocxWriter} from the decree. Anything fancier is ignored,
 * which only costs the Word file some formatting.
 */
final class SimpleCss {

    /** The properties CSS inherits among those the Word output uses. */
    private static final Set<String> INHERITED = Set.of("font-weight", "font-style", "font-size", "text-align",
            "text-indent");

    private record Compound(String tag, List<String> classes) {

        boolean matches(Element element) {
            if (tag != null && !tag.equals(element.getLocalName())) {
                return false;
            }
            List<String> own = List.of(element.getAttribute("class").trim().split("\\s+"));
            return own.containsAll(classes);
        }
    }

    private record Rule(List<Compound> selector, int specificity, int order, Map<String, String> declarations) {
    }

    private final List<Rule> rules;

    private SimpleCss(List<Rule> rules) {
        this.rules = rules;
    }

    static SimpleCss parse(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", " ").replace("<![CDATA[", " ").replace("]]>", " ");
        List<Rule> rules = new ArrayList<>();
        int i = 0;
        int order = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                break;
            }
            String selectors = text.substring(i, open).trim();
            int close = matchingBrace(text, open);
            if (!selectors.startsWith("@")) {
                Map<String, String> declarations = declarations(text.substring(open + 1, close));
                for (String selector : selectors.split(",")) {
                    List<Compound> compounds = compounds(selector.trim());
                    if (compounds != null) {
                        int specificity = compounds.stream()
                                .mapToInt(c -> c.classes().size() * 10 + (c.tag() != null ? 1 : 0))
                                .sum();
                        rules.add(new Rule(compounds, specificity, order++, declarations));
                    }
                }
            }
            i = close + 1;
        }
        rules.sort(Comparator.comparingInt(Rule::specificity).thenComparingInt(Rule::order));
        return new SimpleCss(List.copyOf(rules));
    }

    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }

    private static Map<String, String> declarations(String block) {
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String declaration : block.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                declarations.put(declaration.substring(0, colon).trim().toLowerCase(),
                        declaration.substring(colon + 1).trim().toLowerCase());
            }
        }
        return declarations;
    }

    /** The compounds of a selector, or null for one beyond tags, classes and descendants (pseudo-classes, ids…). */
    private static List<Compound> compounds(String selector) {
        if (selector.isEmpty() || !selector.matches("[a-zA-Z0-9_.\\-\\s]+")) {
            return null;
        }
        List<Compound> compounds = new ArrayList<>();
        for (String part : selector.split("\\s+")) {
            String[] pieces = part.split("\\.", -1);
            String tag = pieces[0].isEmpty() ? null : pieces[0].toLowerCase();
            List<String> classes = new ArrayList<>();
            for (int k = 1; k < pieces.length; k++) {
                if (pieces[k].isEmpty()) {
                    return null;
                }
                classes.add(pieces[k]);
            }
            compounds.add(new Compound(tag, List.copyOf(classes)));
        }
        return List.copyOf(compounds);
    }

    /** The element's computed values of the properties the Word output reads, inherited ones from its ancestors. */
    Map<String, String> style(Element element, Map<String, String> parentStyle) {
        Map<String, String> style = new HashMap<>();
        parentStyle.forEach((property, value) -> {
            if (INHERITED.contains(property)) {
                style.put(property, value);
            }
        });
        for (Rule rule : rules) {
            if (matches(rule.selector(), element)) {
                style.putAll(rule.declarations());
            }
        }
        return style;
    }

    private static boolean matches(List<Compound> selector, Element element) {
        if (!selector.get(selector.size() - 1).matches(element)) {
            return false;
        }
        Node ancestor = element.getParentNode();
        for (int k = selector.size() - 2; k >= 0; k--) {
            while (ancestor instanceof Element e && !selector.get(k).matches(e)) {
                ancestor = ancestor.getParentNode();
            }
            if (!(ancestor instanceof Element)) {
                return false;
            }
            ancestor = ancestor.getParentNode();
        }
        return true;
    }

    /** A length in points ("14pt", "10mm", "1.5cm"), or the default. */
    static double points(String value, double otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            if (value.endsWith("pt")) {
                return Double.parseDouble(value.substring(0, value.length() - 2).trim());
            }
            if (value.endsWith("mm")) {
                return Double.parseDouble(value.substring(0, value.length() - 2).trim()) * 72 / 25.4;
            }
            if (value.endsWith("cm")) {
                return Double.parseDouble(value.substring(0, value.length() - 2).trim()) * 72 / 2.54;
            }
            if (value.endsWith("px")) {
                return Double.parseDouble(value.substring(0, value.length() - 2).trim()) * 0.75;
            }
            if (value.equals("0")) {
                return 0;
            }
        } catch (NumberFormatException e) {
            return otherwise;
        }
        return otherwise;
    }
}
