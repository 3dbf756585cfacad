package org.colloquy.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = CohortView.class)
class CohortExportLinksTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_class_page_offers_its_answers_as_csv_csv_for_spreadsheet_programs_and_json() {
        accounts.signInNew("instructor", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Export class");

        navigate("classes/" + cohort.id(), CohortView.class);
        test(find(TabSheet.class).id("class-tabs")).select("Export");

        assertThat(find(Anchor.class).id("export-csv").getText()).isEqualTo("Export CSV");
        assertThat(find(Anchor.class).id("export-csv-bom").getText()).isEqualTo("Export CSV for Excel (UTF-8 with BOM)");
        assertThat(find(Anchor.class).id("export-csv-bom").getHref()).isNotBlank();
        assertThat(find(Anchor.class).id("export-json").getText()).isEqualTo("Export JSON");
        assertThat(find(Anchor.class).id("export-csv").getHref()).isNotBlank();
    }
}
