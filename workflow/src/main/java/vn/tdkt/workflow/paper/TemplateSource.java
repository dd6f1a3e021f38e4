package vn.tdkt.workflow.paper;

import java.util.Optional;

/**
 * Where templates come from: the defaults on the classpath ({@link ClasspathTemplateSource}) or, later, the versions an
 * administrator edited and stored in the database. The only place templates, and what they include or import, are
 * loaded from.
 */
public interface TemplateSource {

    /** The template of that name (e.g. "decision.ftlh", "paper.css"), or empty if the source has none. */
    Optional<TemplateText> find(String name);
}
