package io.leadflow.kernel.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.AbstractThrowableAssert;

/** The miniature services under {@code io.leadflow.archfixture}, imported once per test run. */
final class Fixtures {

    static final String COMPLIANT = "io.leadflow.archfixture.compliant";
    static final String VIOLATING = "io.leadflow.archfixture.violating";

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private Fixtures() {}

    static String violating(String name) {
        return VIOLATING + "." + name;
    }

    /** Fixtures are test classes, so they are imported without {@link LeadFlowArchitecture#importService}. */
    static JavaClasses classesOf(String root) {
        return IMPORTED.computeIfAbsent(root, packageName -> new ClassFileImporter().importPackages(packageName));
    }

    static void assertPasses(ArchRule rule, String root) {
        assertThatCode(() -> rule.check(classesOf(root))).doesNotThrowAnyException();
    }

    /** Fails for a real violation, not because the rule found nothing to check. */
    static AbstractThrowableAssert<?, ? extends Throwable> assertFails(ArchRule rule, String root) {
        return assertThatThrownBy(() -> rule.check(classesOf(root)))
                .isInstanceOf(AssertionError.class)
                .hasMessageNotContaining("failed to check any classes")
                .hasMessageNotContaining("is empty");
    }
}
