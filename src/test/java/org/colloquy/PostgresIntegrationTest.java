package org.colloquy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** A Spring integration test on a real PostgreSQL (embedded, started once per test run) with the postgres profile. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface PostgresIntegrationTest {
}
