package vn.tdkt.workflow.paper;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An administrator's templates, in memory: the defaults overlaid with edited ones. */
final class MapTemplateSource implements TemplateSource {

    private final TemplateSource defaults = new ClasspathTemplateSource();
    private final Map<String, TemplateText> edited = new HashMap<>();

    MapTemplateSource put(String name, String text, String version) {
        edited.put(name, new TemplateText(name, text, version));
        return this;
    }

    @Override
    public Optional<TemplateText> find(String name) {
        TemplateText text = edited.get(name);
        return text != null ? Optional.of(text) : defaults.find(name);
    }
}
