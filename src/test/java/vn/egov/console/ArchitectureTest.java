package vn.egov.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** The house rules of ARCHITECTURE.md that a compiler does not check. */
class ArchitectureTest {

    private static final String BASE = "vn.egov.console.";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.egov.console");

    @Test
    void featuresUseEachOthersServicesNeverTheirInternals() {
        noClasses().should(new ArchCondition<>("reach into another feature's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = feature(origin);
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    if (target.getPackageName().contains(".internal") && !feature(target).equals(from)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        }).check(CLASSES);
    }

    @Test
    void viewsTalkToServicesNotToRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void theSharedBaseDependsOnNoFeatureExceptThroughTheShell() {
        noClasses().that().resideInAPackage(BASE + "base..")
                .and().doNotHaveSimpleName("MainLayout")
                .and().doNotHaveSimpleName("DemoDataRunner")
                .should().dependOnClassesThat().resideInAnyPackage(
                        BASE + "organization..", BASE + "mailbox..", BASE + "certificate..", BASE + "portal..",
                        BASE + "docflow..", BASE + "overview..")
                .check(CLASSES);
    }

    /** "organization" for vn.egov.console.organization.ui.UnitsView. */
    private static String feature(JavaClass type) {
        String rest = type.getPackageName().substring(BASE.length() - 1).replaceFirst("^\\.", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
