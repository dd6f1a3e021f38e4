package vn.tdkt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rule made executable: dependencies flow {@code web → workflow → domain}, never back; the domain
 * knows no UI and no engine; the web tier reaches neither JPA nor the engine except through workflow services.
 * Lives in the web module because only its test classpath holds all three modules.
 */
class ModuleDependencyTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = ProductClasses.all();
    }

    @Test
    void theDomainDependsOnNeitherWorkflowNorWeb() {
        noClasses().that().resideInAPackage("vn.tdkt.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.tdkt.workflow..", "vn.tdkt.web..")
                .check(classes);
    }

    @Test
    void theDomainKnowsNothingOfFacesPrimeFacesOrTheProcessEngine() {
        noClasses().that().resideInAPackage("vn.tdkt.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..",
                        "org.camunda..", "jakarta.ejb..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void workflowDoesNotDependOnWeb() {
        noClasses().that().resideInAPackage("vn.tdkt.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.tdkt.web..", "jakarta.faces..",
                        "org.primefaces..")
                .check(classes);
    }

    @Test
    void theWebTierUsesNeitherTheEntityManagerNorTheEngineDirectly() {
        noClasses().that().resideInAPackage("vn.tdkt.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.camunda..")
                .check(classes);
    }

    @Test
    void theProductImportsSomeClassesAtAll() {
        // Guards the rules above against passing vacuously when the import finds nothing.
        assertThat(classes.containPackage("vn.tdkt.domain.proposal")).isTrue();
        assertThat(classes.containPackage("vn.tdkt.workflow.proposal")).isTrue();
        assertThat(classes.containPackage("vn.tdkt.web.inbox")).isTrue();
    }
}
