package vn.tdkt.workflow.paper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** The default templates shipped in this module, under {@value #FOLDER}. */
public final class ClasspathTemplateSource implements TemplateSource {

    static final String FOLDER = "/vn/tdkt/workflow/paper/templates/";

    /** Plain file names only: a name is never a path out of the folder. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.[a-z]+");

    @Override
    public Optional<TemplateText> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try (InputStream in = ClasspathTemplateSource.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(
                    new TemplateText(name, new String(bytes, StandardCharsets.UTF_8), "classpath:" + sha256(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + name, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
