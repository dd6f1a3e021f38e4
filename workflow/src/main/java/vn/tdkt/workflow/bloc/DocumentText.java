package vn.tdkt.workflow.bloc;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;

/**
 * The words of a document the bloc produces (minutes, review report), read from a UTF-8 properties file beside this
 * class: such documents are Vietnamese whoever makes them, so they do not follow the user's language. Arguments
 * are passed to {@link MessageFormat} as text, so that years and numbers are never grouped ("2.024").
 */
final class DocumentText {

    private final String resource;
    private final Properties text = new Properties();

    DocumentText(String resource) {
        this.resource = resource;
        try (InputStream in = DocumentText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            text.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String get(String key, Object... arguments) {
        String pattern = text.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException(resource + " lacks " + key);
        }
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern,
                Arrays.stream(arguments).map(String::valueOf).toArray());
    }
}
