package org.colloquy.demo;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.colloquy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class DemoAnswersTest {

    @Autowired
    DemoAnswers demoAnswers;

    @Autowired
    JdbcTemplate jdbc;

    /** This context's own: a context started later by another test class installs its strategy globally. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Test
    void aDatabaseWhoseDemoStudentIsGoneStillStarts() {
        jdbc.update("update app_user set username = 'ana-left' where username = 'ana'");
        SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
        try {
            assertThatCode(() -> demoAnswers.run(null)).doesNotThrowAnyException();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(global);
        }
    }
}
