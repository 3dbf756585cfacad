package org.colloquy.base;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.ServletContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Starts the database layer as the first step of the web server's start: Flyway's migrations run, then Hibernate
 * builds its metamodel on Spring Boot's bootstrap thread (deferred repositories, decision 0027) while Tomcat,
 * security and Vaadin start on the main thread. Without it, the first service that needs a repository would start
 * Hibernate later and wait for it.
 */
@Component
class EarlyDatabaseStart implements ServletContextInitializer, Ordered {

    private final ObjectProvider<EntityManagerFactory> entityManagerFactory;

    EarlyDatabaseStart(ObjectProvider<EntityManagerFactory> entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        entityManagerFactory.getIfAvailable();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
