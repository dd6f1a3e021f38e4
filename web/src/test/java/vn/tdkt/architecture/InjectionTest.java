package vn.tdkt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How beans that outlive a request hold what is injected into them. The view and session beans are written to
 * the session store when a session is passivated or replicated to another node of the cluster; an injected field
 * marked {@code transient} comes back {@code null} there, since nothing injects it again. Injected proxies
 * (normal-scoped beans, EJBs) serialize themselves, and Weld refuses to deploy a passivating bean whose
 * dependency cannot, so the fields are simply not transient.
 */
class InjectionTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = ProductClasses.all();
    }

    @Test
    void noInjectedFieldIsTransient() {
        noFields().that().areAnnotatedWith(Inject.class).should().haveModifier(JavaModifier.TRANSIENT)
                .because("a transient injected field is null after the session is passivated or replicated")
                .check(classes);
    }

    @Test
    void beansKeptInTheSessionAreSerializable() {
        classes().that().areAnnotatedWith(ViewScoped.class).or().areAnnotatedWith(SessionScoped.class)
                .or().areAnnotatedWith(ConversationScoped.class)
                .should().implement(Serializable.class)
                .check(classes);
    }
}
