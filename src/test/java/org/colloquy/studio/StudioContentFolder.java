package org.colloquy.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at a fresh copy of the repository's {@code content/} folder, so that tests which publish
 * courses write into the copy and never into the repository.
 */
public class StudioContentFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static Path folder;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("studio-content-folder",
                Map.of("colloquy.content.dir", folder().toString())));
    }

    /** The copy, made on first use. */
    public static synchronized Path folder() {
        if (folder == null) {
            try {
                Files.createDirectories(Path.of("target"));
                Path copy = Files.createTempDirectory(Path.of("target"), "studio-content-").toAbsolutePath();
                try (Stream<Path> files = Files.walk(Path.of("content"))) {
                    for (Path file : files.toList()) {
                        Path target = copy.resolve(Path.of("content").relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(file, target);
                        }
                    }
                }
                folder = copy;
            } catch (IOException failed) {
                throw new UncheckedIOException("cannot copy the content folder for the studio tests", failed);
            }
        }
        return folder;
    }
}
