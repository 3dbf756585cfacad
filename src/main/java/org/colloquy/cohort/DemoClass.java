package org.colloquy.cohort;

import org.colloquy.identity.DemoAccountsCreated;
import org.colloquy.identity.UserRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When the demo accounts are created, the demo instructor gets the class “Demo seminar” with the demo students in it. */
@Component
class DemoClass {

    static final String DEMO_COURSE = "sino-russian-relations";
    static final String DEMO_JOIN_CODE = "ESSAY2";

    private static final Logger log = LoggerFactory.getLogger(DemoClass.class);

    private final CohortService cohorts;

    DemoClass(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @EventListener
    void on(DemoAccountsCreated created) {
        CohortRef seminar = cohorts.createAtStartup(DEMO_COURSE, "Demo seminar", DEMO_JOIN_CODE,
                created.instructor().id());
        for (UserRef student : created.students()) {
            cohorts.enrol(seminar.id(), student.id());
        }
        log.info("Created the class “Demo seminar” (join code {})", DEMO_JOIN_CODE);
    }
}
