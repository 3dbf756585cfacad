package org.colloquy.demo;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.colloquy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class DemoAnswersTest {

    @Autowired
    DemoAnswers demoAnswers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDatabaseWhoseDemoStudentIsGoneStillStarts() {
        jdbc.update("update app_user set username = 'ana-left' where username = 'ana'");

        assertThatCode(() -> demoAnswers.run(null)).doesNotThrowAnyException();
    }
}
