package org.colloquy.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.Application;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The application's Spring context in this JVM on an H2 database in a given directory: Flyway migrates it and the
 * demo accounts are created on the first start, as with the packaged jar. Its web server listens on a free port
 * (Vaadin's security configuration needs a servlet context) but nobody is expected to call it.
 */
final class BenchContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private BenchContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static BenchContext start(Path dataDir, Path contentDir) {
        return start(LiveDatabase.h2(dataDir), contentDir);
    }

    /** The context on this database: H2 in its data directory, or a PostgreSQL with the postgres profile. */
    static BenchContext start(LiveDatabase database, Path contentDir) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + Integer.getInteger("bench.port", 0),
                "--colloquy.data-dir=" + database.dataDir().toAbsolutePath(),
                "--colloquy.content.dir=" + contentDir.toAbsolutePath(), "--spring.main.banner-mode=off"));
        arguments.addAll(database.contextArguments());
        return new BenchContext(new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .profiles(database.profiles().toArray(String[]::new))
                .run(arguments.toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Acts as this person in this thread from now on, as a signed-in request would. */
    static void actAs(String username, String... roles) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(roles).stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        SecurityContextHolder.setContext(context);
    }

    @Override
    public void close() {
        SecurityContextHolder.clearContext();
        context.close();
    }
}
