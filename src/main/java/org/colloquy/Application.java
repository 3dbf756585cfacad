package org.colloquy;

import java.time.Clock;
import java.util.List;
import org.colloquy.content.ValidateCommand;
import org.colloquy.studio.DraftCourseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ValidateCommand.NAME)) {
            System.exit(ValidateCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals(DraftCourseCommand.NAME)) {
            System.exit(DraftCourseCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
