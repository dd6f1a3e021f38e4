package vn.tdkt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workflow's capability packages depend on each other in one direction only (the inbox above the steps' use
 * cases, the steps above notification and the engine…), and only {@code vn.tdkt.workflow.engine} touches the
 * engine's implementation classes: everything else speaks the engine's public API, which survives upgrades.
 */
class WorkflowArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.tdkt.workflow");
    }

    @Test
    void theWorkflowPackagesAreFreeOfCycles() {
        slices().matching("vn.tdkt.workflow.(*)..").namingSlices("workflow.$1").should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void onlyTheEnginePackageUsesTheEnginesImplementationClasses() {
        noClasses().that().resideOutsideOfPackage("vn.tdkt.workflow.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .check(classes);
    }

    @Test
    void theRulesSeeTheWorkflowPackages() {
        // Guards the rules above against passing vacuously when the import finds nothing.
        assertThat(classes.containPackage("vn.tdkt.workflow.inbox")).isTrue();
        assertThat(classes.containPackage("vn.tdkt.workflow.engine")).isTrue();
    }
}
