package org.colloquy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.router.Route;
import org.colloquy.identity.Contacts;
import org.springframework.context.annotation.Profile;
import org.springframework.data.repository.Repository;

/** The package rules of DESIGN.md, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ArchitectureTest::notGeneratedBySpringAot)
            .importPackages("org.colloquy");

    /** Spring's build-time AOT (decision 0027) writes its generated bean definitions next to the classes. */
    private static boolean notGeneratedBySpringAot(Location location) {
        return !location.contains("__");
    }

    @Test
    void no_bean_is_chosen_by_profile_because_the_packaged_app_fixes_its_beans_when_it_is_built() {
        noClasses().should().beAnnotatedWith(Profile.class)
                .because("the packaged app runs Spring's AOT-generated bean definitions, which keep the profiles of "
                        + "the build (decision 0027): check the profile when the app starts instead")
                .check(CLASSES);
    }

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("org.colloquy.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void no_view_looks_up_how_to_reach_a_person_because_contacts_answer_anyone_after_the_fact() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Contacts.class)
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_inside_their_own_feature() {
        classes().that().areAssignableTo(Repository.class).should(beUsedOnlyInsideTheirOwnFeature()).check(CLASSES);
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirOwnFeature() {
        // a repository or a view: whatever uses it must belong to the same top-level feature
        return new ArchCondition<>("be used only inside their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = featureOf(repository);
                for (Dependency use : repository.getDirectDependenciesToSelf()) {
                    if (!featureOf(use.getOriginClass()).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }

    /** The feature a class belongs to: the first package below org.colloquy. */
    static String featureOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    @Test
    void content_is_plain_records_without_persistence() {
        noClasses().that().resideInAPackage("org.colloquy.content..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.data..")
                .check(CLASSES);
    }

    @Test
    void feature_views_are_not_used_by_other_features() {
        classes().that().areAnnotatedWith(Route.class).should(beUsedOnlyInsideTheirOwnFeature())
                .because("another feature links to a page through the page's …Pages class, never the view itself")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.colloquy.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.colloquy.lesson..", "org.colloquy.identity..",
                        "org.colloquy.cohort..")
                .check(CLASSES);
    }

    @Test
    void services_outside_ui_never_depend_on_vaadin_components() {
        noClasses().that().resideInAPackage("org.colloquy..").and().resideOutsideOfPackage("..ui..")
                .and().doNotHaveSimpleName("AppShell")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(CLASSES);
    }
}
