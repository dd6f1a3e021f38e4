package vn.tdkt.workflow.paper;

import freemarker.cache.TemplateLoader;
import java.io.Reader;
import java.io.StringReader;

/**
 * FreeMarker's view of a {@link TemplateSource}: includes and imports resolve here too, so a template cannot reach the
 * file system or the classpath beyond what the source offers.
 */
final class SourceLoader implements TemplateLoader {

    private final TemplateSource source;

    SourceLoader(TemplateSource source) {
        this.source = source;
    }

    @Override
    public Object findTemplateSource(String name) {
        return source.find(name).orElse(null);
    }

    /**
     * FreeMarker reparses when this or the source object (compared with equals: name, text and version) changes; the
     * version's hash stands in for a time, which a database row may not have.
     */
    @Override
    public long getLastModified(Object templateSource) {
        return ((TemplateText) templateSource).version().hashCode() & 0x7fff_ffffL;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) {
        return new StringReader(((TemplateText) templateSource).text());
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // Nothing held open: the text is in memory.
    }
}
