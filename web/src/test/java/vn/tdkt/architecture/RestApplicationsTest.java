package vn.tdkt.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.web.api.RestApplication;

/**
 * The web module has several JAX-RS applications (the REST API, one per download URL under {@code /app/}), and
 * each lists its classes: a resource nobody lists would silently answer 404, a resource listed twice would be
 * reachable under a second sign-in, and an API mapper missing from the API would change its error answers.
 */
class RestApplicationsTest {

    private static JavaClasses classes;
    private static List<Application> applications;

    @BeforeAll
    static void importProductionClasses() throws ReflectiveOperationException {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.tdkt.web");
        applications = new ArrayList<>();
        for (JavaClass c : classes) {
            if (c.isAssignableTo(Application.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT)) {
                applications.add((Application) c.reflect().getConstructor().newInstance());
            }
        }
    }

    @Test
    void everyResourceIsServedByExactlyOneApplication() {
        Set<Class<?>> resources = classes.stream().filter(c -> c.isAnnotatedWith(Path.class))
                .map(JavaClass::reflect).collect(Collectors.toSet());
        assertThat(resources).hasSizeGreaterThan(6);
        for (Class<?> resource : resources) {
            assertThat(applications.stream().filter(a -> a.getClasses().contains(resource)).count())
                    .as(resource.getName()).isEqualTo(1);
        }
    }

    @Test
    void theApiServesEveryProviderOfItsPackageAndNoDownload() {
        Set<Class<?>> api = new RestApplication().getClasses();
        classes.stream().filter(c -> c.isAnnotatedWith(Provider.class)).map(JavaClass::reflect)
                .forEach(provider -> assertThat(api).as(provider.getName()).contains(provider));
        assertThat(api).allMatch(c -> c.getPackageName().equals("vn.tdkt.web.api"));
    }

    @Test
    void theDownloadsLiveUnderThePagesSignIn() {
        // The one exception: the signing service on a signer's PC has no session; a one-time secret is its key.
        applications.stream().filter(a -> !(a instanceof RestApplication))
                .filter(a -> !(a instanceof vn.tdkt.web.files.SigningResource.Root)).forEach(a -> assertThat(
                        a.getClass().getAnnotation(ApplicationPath.class).value()).as(a.getClass().getName())
                        .startsWith("/app/"));
        assertThat(applications).hasSize(11);
    }
}
