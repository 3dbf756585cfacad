package org.colloquy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violation;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * The module rules (decision 0028), checked by Spring Modulith on every build: each direct sub-package of
 * org.colloquy is a module; no module depends on another in a cycle; a module uses another's base package and only
 * what that module exposes below it as a named interface ({@code @NamedInterface}: base's i18n and ui, lesson's
 * work, seminar's results and starred answers, a few shared pieces of interface). One more thing is open to every
 * feature: the navigation class {@code <Feature>Pages} in a feature's ui package, through which other features
 * open its pages; its views and the rest of its ui package stay its own.
 */
class ModulithStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    /** "…depends on non-exposed type org.colloquy.lesson.ui.LessonPages within module 'lesson'…" */
    private static final Pattern USE_OF_PAGES = Pattern.compile(
            "depends on non-exposed type org\\.colloquy\\.[a-z.]+\\.ui\\.[A-Z][A-Za-z0-9]*Pages within module");

    @Test
    void features_use_each_other_only_through_what_they_expose_and_never_in_a_cycle() {
        violations(MODULES).throwIfPresent();
    }

    @Test
    void another_features_pages_class_opens_its_pages_but_its_views_stay_its_own() {
        ApplicationModules fixture = ApplicationModules.of("org.colloquy.modulefixture", location -> true);

        Violations found = violations(fixture);

        assertThat(found.getMessages()).isNotEmpty().allSatisfy(message -> assertThat(message)
                .startsWith("Module 'gamma' depends on non-exposed type org.colloquy.modulefixture.alpha.ui.AlphaView "));
        assertThat(fixture.detectViolations().getMessages()).as("without the rule, beta's link is refused too")
                .anySatisfy(message -> assertThat(message).contains("AlphaPages"));
    }

    @Test
    void the_modules_are_documented_as_c4_component_diagrams_in_target() throws IOException {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();

        String components = Files.readString(Path.of("target", "spring-modulith-docs", "components.puml"));
        for (ApplicationModule module : MODULES) {
            assertThat(components).contains(module.getDisplayName());
        }
    }

    private static Violations violations(ApplicationModules modules) {
        return modules.detectViolations().filter(violation -> !opensAnotherFeaturesPages(violation));
    }

    /**
     * A use of {@code <Feature>Pages} in another feature's ui package. Checked by the message, which Spring Modulith
     * offers no other way to tell: should its wording change, these uses are reported again, never hidden.
     */
    private static boolean opensAnotherFeaturesPages(Violation violation) {
        return USE_OF_PAGES.matcher(violation.getMessage()).find();
    }
}
