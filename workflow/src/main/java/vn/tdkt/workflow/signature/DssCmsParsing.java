package vn.tdkt.workflow.signature;

import eu.europa.esig.dss.cms.CMSUtils;
import eu.europa.esig.dss.cms.ICMSUtils;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes DSS read CMS with {@link PaddedContentsCmsUtils}. DSS takes the first {@link ICMSUtils} the thread's context
 * class loader lists, once, when {@link CMSUtils} is initialised; dss-cms-object lists its own, and in which order
 * the server's module class loaders list the two files is not ours to decide. So {@link CMSUtils} is initialised
 * here, before any other use of DSS in this package, with a context class loader that shows only our service file.
 */
final class DssCmsParsing {

    private static final Logger LOG = LoggerFactory.getLogger(DssCmsParsing.class);
    private static final String SERVICE_FILE = "META-INF/services/" + ICMSUtils.class.getName();

    static {
        install();
    }

    private DssCmsParsing() {
    }

    /** Does its work on the first call (class initialisation); later calls cost nothing. */
    static void ensureInstalled() {
        // The static initialiser did the work.
    }

    private static void install() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new OwnServiceFileOnly(DssCmsParsing.class.getClassLoader()));
        try {
            Class.forName(CMSUtils.class.getName(), true, CMSUtils.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("DSS's CMSUtils is missing", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Delegates everything, but lists only the ICMSUtils service file that names {@link PaddedContentsCmsUtils}. */
    private static final class OwnServiceFileOnly extends ClassLoader {

        OwnServiceFileOnly(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            Enumeration<URL> all = getParent().getResources(name);
            if (!SERVICE_FILE.equals(name)) {
                return all;
            }
            List<URL> ours = new ArrayList<>();
            for (URL url : Collections.list(all)) {
                try (InputStream in = url.openStream()) {
                    if (new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .contains(PaddedContentsCmsUtils.class.getName())) {
                        ours.add(url);
                    }
                }
            }
            if (ours.isEmpty()) {
                LOG.warn("The service file naming {} is missing; PDF signatures may be unreadable",
                        PaddedContentsCmsUtils.class.getName());
                return getParent().getResources(name);
            }
            return Collections.enumeration(ours);
        }
    }
}
