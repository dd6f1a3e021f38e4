package vn.tdkt.workflow.paper;

/**
 * A template as a source holds it.
 *
 * @param version a label that changes whenever the text does (a database row's revision, a hash); the engine reparses
 *                a template when its version changes
 */
public record TemplateText(String name, String text, String version) {

    public TemplateText {
        name = Require.text(name, "template name");
        Require.present(text, "template text");
        version = Require.text(version, "template version");
    }
}
