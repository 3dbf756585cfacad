package org.colloquy;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every Spring test of a run calls the services inside one mock request from the same address (Spring's
 * {@link MockHttpServletRequest}, 127.0.0.1), so the wrong join codes one test types would pause the next test's
 * joins (decision 0050). After each test this forgets that address's count, as if each test came from elsewhere;
 * a test that means to pause an address uses an address of its own.
 */
public class ForgetTheTestRequestsJoinCodeGuesses implements TestExecutionListener, Ordered {

    private static final String TEST_REQUESTS_ADDRESS = new MockHttpServletRequest().getRemoteAddr();

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        JdbcTemplate jdbc = testContext.getApplicationContext().getBeanProvider(JdbcTemplate.class).getIfAvailable();
        if (jdbc == null) {
            return;
        }
        try {
            jdbc.update("delete from sign_in_failure where counter_name = 'join-code-address' and throttle_key = ?",
                    TEST_REQUESTS_ADDRESS);
        } catch (DataAccessException noSuchTableHere) {
            // a test's own small context without the app's schema: nothing was counted there
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
