package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The authorization table ({@code docs/authorization.md}) against the application as built: every page, servlet,
 * REST resource method and page action of {@code target/tdkt.ear} must be a row of the table, and every row must
 * still exist, so that a door cannot be added, or left behind, without the table saying who may pass it. The web
 * module's classes are loaded from the EAR itself; the REST applications are asked which resources they serve, as
 * the server does.
 */
class DoorTableCompletenessIT {

    private static final java.nio.file.Path EAR = java.nio.file.Path
            .of(System.getProperty("tdkt.ear", "target/tdkt.ear"));
    private static final java.nio.file.Path TABLE = java.nio.file.Path.of("..", "docs", "authorization.md");
    private static final Pattern ACTION = Pattern
            .compile("(?:action|actionListener|listener)=\"#\\{([a-zA-Z]+\\.[a-zA-Z]+)");
    private static final String LAYOUT = "/WEB-INF/templates/layout.xhtml";

    @Test
    void everyDoorOfTheBuiltApplicationIsInTheTableAndEveryRowIsADoor() throws Exception {
        DoorTable table = DoorTable.parse(Files.readString(TABLE));
        Set<String> listed = table.doors().stream().map(d -> d.method() + " " + normalised(d.path()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> deployed = deployedDoors();

        Set<String> missing = new TreeSet<>(deployed);
        missing.removeIf(door -> listed.contains(door) || door.endsWith("/*")
                && listed.stream().anyMatch(row -> row.startsWith(door.substring(0, door.length() - 1))));
        Set<String> stale = new TreeSet<>(listed);
        stale.removeIf(row -> deployed.contains(row) || row.contains("/jakarta.faces.resource/")
                || deployed.stream().anyMatch(door -> door.endsWith("/*")
                        && row.startsWith(door.substring(0, door.length() - 1))));

        assertThat(deployed).as("doors found in the EAR").hasSizeGreaterThan(40);
        assertThat(missing).as("doors of the application that docs/authorization.md does not list").isEmpty();
        assertThat(stale).as("rows of docs/authorization.md that are no door of the application").isEmpty();
    }

    @Test
    void everyActionOfEveryPageIsInTheTable() throws Exception {
        DoorTable table = DoorTable.parse(Files.readString(TABLE));
        Set<String> listed = table.actions().stream()
                .map(a -> a.expression() + " on " + (a.page().equals("every page") ? LAYOUT : a.page()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> deployed = new TreeSet<>();
        try (ZipFile war = war()) {
            for (ZipEntry entry : entries(war)) {
                if (entry.getName().endsWith(".xhtml")) {
                    Matcher action = ACTION.matcher(read(war, entry));
                    while (action.find()) {
                        deployed.add(action.group(1) + " on /" + entry.getName());
                    }
                }
            }
        }
        assertThat(deployed).as("actions found in the pages").hasSizeGreaterThan(50);
        assertThat(new TreeSet<>(deployed)).as("actions that docs/authorization.md does not list")
                .isSubsetOf(listed);
        assertThat(listed).as("actions of docs/authorization.md that no page posts").isSubsetOf(deployed);
    }

    /** Pages, servlet mappings and REST methods, as {@code METHOD /path} with every parameter written {}. */
    private static Set<String> deployedDoors() throws Exception {
        Set<String> doors = new TreeSet<>();
        java.nio.file.Path classes = Files.createTempDirectory("tdkt-web-classes-");
        List<URL> urls = new ArrayList<>();
        List<String> classNames = new ArrayList<>();
        try (ZipFile war = war()) {
            for (ZipEntry entry : entries(war)) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("resources/")) {
                    doors.add("GET /" + name);
                } else if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class")
                        || name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                    java.nio.file.Path file = classes.resolve(name);
                    Files.createDirectories(file.getParent());
                    try (InputStream in = war.getInputStream(entry)) {
                        Files.copy(in, file);
                    }
                    if (name.endsWith(".jar")) {
                        urls.add(file.toUri().toURL());
                    } else {
                        classNames.add(name.substring("WEB-INF/classes/".length(), name.length() - ".class".length())
                                .replace('/', '.'));
                    }
                }
            }
        }
        urls.add(0, classes.resolve("WEB-INF/classes").toUri().toURL());
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
                DoorTableCompletenessIT.class.getClassLoader())) {
            for (String className : classNames) {
                Class<?> type = Class.forName(className, false, loader);
                WebServlet servlet = type.getAnnotation(WebServlet.class);
                if (servlet != null) {
                    for (String pattern : servlet.value().length > 0 ? servlet.value() : servlet.urlPatterns()) {
                        doors.add("GET " + pattern);
                    }
                }
                ApplicationPath root = type.getAnnotation(ApplicationPath.class);
                if (root != null && Application.class.isAssignableFrom(type)) {
                    Application application = (Application) type.getDeclaredConstructor().newInstance();
                    for (Class<?> resource : application.getClasses()) {
                        doors.addAll(resourceDoors(root.value(), resource));
                    }
                }
            }
        }
        return doors;
    }

    private static List<String> resourceDoors(String root, Class<?> resource) {
        List<String> doors = new ArrayList<>();
        Path base = resource.getAnnotation(Path.class);
        if (base == null) {
            return doors; // an exception mapper or provider, not a resource
        }
        for (Method method : resource.getMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String path = join(join(root, base.value()), sub == null ? "" : sub.value());
                    doors.add(http.value() + " " + normalised(path));
                }
            }
        }
        return doors;
    }

    private static String join(String left, String right) {
        String l = left.endsWith("/") ? left.substring(0, left.length() - 1) : left;
        String r = right.startsWith("/") ? right.substring(1) : right;
        return r.isEmpty() ? l : l + "/" + r;
    }

    /** Without the query, each {@code {name}} as {@code {}}, so that a row and a resource method compare. */
    private static String normalised(String path) {
        return path.replaceAll("\\?.*", "").replaceAll("\\{[^}]*}", "{}");
    }

    private static ZipFile war() throws IOException {
        java.nio.file.Path war = Files.createTempFile("tdkt-web-", ".war");
        war.toFile().deleteOnExit();
        try (ZipFile ear = new ZipFile(EAR.toFile());
                InputStream in = ear.getInputStream(ear.getEntry("tdkt-web.war"))) {
            Files.copy(in, war, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new ZipFile(war.toFile());
    }

    private static List<ZipEntry> entries(ZipFile zip) {
        List<ZipEntry> all = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
            ZipEntry entry = e.nextElement();
            if (!entry.isDirectory()) {
                all.add(entry);
            }
        }
        return all;
    }

    private static String read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
