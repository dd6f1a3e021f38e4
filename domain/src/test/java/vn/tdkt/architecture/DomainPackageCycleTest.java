package vn.tdkt.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The domain's capability packages ({@code vn.tdkt.domain.bloc}, {@code .movement}, {@code .proposal}…) depend on
 * each other in one direction only: a cycle means two packages cannot be understood, tested or changed apart. A
 * concept two packages share belongs to the package that owns it (as {@code catalog.NomineeKind}).
 */
class DomainPackageCycleTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.tdkt.domain");
    }

    @Test
    void theDomainPackagesAreFreeOfCycles() {
        slices().matching("vn.tdkt.domain.(*)..").namingSlices("domain.$1").should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void theRuleSeesTheDomainPackages() {
        // Guards the rule above against passing vacuously when the import finds nothing.
        assertThat(classes.containPackage("vn.tdkt.domain.bloc")).isTrue();
        assertThat(classes.containPackage("vn.tdkt.domain.movement")).isTrue();
    }
}
