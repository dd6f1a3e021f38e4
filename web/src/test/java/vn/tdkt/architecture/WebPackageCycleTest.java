package vn.tdkt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web tier's packages (one per area of the application: inbox, proposal, bloc, api…) depend on each other in one
 * direction only; and across all three modules only {@code vn.tdkt.workflow.engine} touches the engine's
 * implementation classes (the domain and the web tier may not use the engine at all, see
 * {@link ModuleDependencyTest}).
 */
class WebPackageCycleTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = ProductClasses.all();
    }

    @Test
    void theWebPackagesAreFreeOfCycles() {
        slices().matching("vn.tdkt.web.(*)..").namingSlices("web.$1").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheEnginePackageUsesTheEnginesImplementationClasses() {
        noClasses().that().resideOutsideOfPackage("vn.tdkt.workflow.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .check(classes);
    }
}
