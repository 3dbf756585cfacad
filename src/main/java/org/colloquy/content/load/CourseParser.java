package org.colloquy.content.load;

import org.colloquy.content.ContentKeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.colloquy.content.CitedReading;
import org.colloquy.content.ContentVersion;
import org.colloquy.content.Course;
import org.colloquy.content.Lesson;
import org.colloquy.content.Reading;
import org.colloquy.content.SourceAttribution;
import org.colloquy.content.TextDirection;

/** Reads one course folder: {@code course.yaml}, the reading and the listed lessons. */
final class CourseParser {

    static final String COURSE_FILE = "course.yaml";
    static final String LESSONS_FOLDER = "lessons";
    static final String DEFAULT_LANGUAGE = "en";

    private static final List<String> FIELDS =
            List.of("key", "title", "summary", "language", "direction", "source", "reading", "lessons");
    private static final List<String> SOURCE_FIELDS = List.of("title", "author", "published", "note");

    private final Path folder;
    private final Problems problems;
    private final SourceFile file;

    private CourseParser(Path folder, Problems problems) {
        this.folder = folder;
        this.problems = problems;
        this.file = new SourceFile(folder.resolve(COURSE_FILE), problems);
    }

    /** The course in {@code folder}; empty if {@code course.yaml} cannot be read as a mapping. */
    static Optional<Course> parse(Path folder, Problems problems) {
        var parser = new CourseParser(folder, problems);
        return YamlNodes.read(parser.file)
                .flatMap(document -> YamlMapping.of(document, "course", parser.file))
                .map(parser::course);
    }

    private Course course(YamlMapping course) {
        course.allowOnly(FIELDS);
        var key = course.requiredKey("key");
        var folderName = folder.getFileName().toString();
        if (!key.isEmpty() && !key.equals(folderName)) {
            file.report(course.lineOf("key"), "course key \"" + key + "\" must equal the folder name \""
                    + folderName + "\"");
        }
        var title = course.requiredText("title");
        var summary = course.requiredText("summary");
        var language = language(course);
        var direction = course.optionalEnum("direction", TextDirection.class, TextDirection.of(language));
        var source = course.requiredMapping("source", "source").map(this::source)
                .orElse(new SourceAttribution("", "", null, null));
        var reading = reading(course);
        var lessons = lessons(course, reading);
        return new Course(key, title, summary, language, direction, source,
                reading == null ? new Reading("", List.of()) : reading.reading(), lessons, contentVersion());
    }

    /** The course content's language; English when course.yaml does not say. */
    private String language(YamlMapping course) {
        var language = course.optionalText("language");
        if (language == null) {
            return DEFAULT_LANGUAGE;
        }
        if (!isLanguageTag(language)) {
            file.report(course.lineOf("language"), "language \"" + language
                    + "\" is not a BCP 47 language tag such as en, zh-Hans or ru");
        }
        return language;
    }

    /** A well-formed tag whose language is an ISO 639 code: two letters that Java knows, or three letters. */
    private static boolean isLanguageTag(String tag) {
        try {
            String primary = new Locale.Builder().setLanguageTag(tag).build().getLanguage();
            return primary.length() == 3 || Arrays.asList(Locale.getISOLanguages()).contains(primary);
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private SourceAttribution source(YamlMapping source) {
        source.allowOnly(SOURCE_FIELDS);
        return new SourceAttribution(source.requiredText("title"), source.requiredText("author"),
                source.optionalText("published"), source.optionalText("note"));
    }

    private @Nullable CitedReading reading(YamlMapping course) {
        var name = course.requiredText("reading");
        if (name.isEmpty()) {
            return null;
        }
        var path = folder.resolve(name).normalize();
        if (!path.startsWith(folder.normalize()) || !Files.isRegularFile(path)) {
            file.report(course.lineOf("reading"), "reading file \"" + name + "\" does not exist in the course folder");
            return null;
        }
        return ReadingParser.parse(new SourceFile(folder.resolve(name), problems))
                .map(reading -> new CitedReading(reading, name))
                .orElse(null);
    }

    private List<Lesson> lessons(YamlMapping course, @Nullable CitedReading reading) {
        var files = lessonFiles();
        Set<Path> listedFiles = new HashSet<>();
        Map<String, Integer> listedLines = new HashMap<>();
        List<Lesson> lessons = new ArrayList<>();
        for (ScalarNode listed : course.requiredTextList("lessons", true)) {
            var key = listed.getValue();
            var firstLine = listedLines.putIfAbsent(key, YamlNodes.line(listed));
            if (!ContentKeys.isValid(key)) {
                file.report(listed, "lesson \"" + key + "\" is not a valid key: " + ContentKeys.RULE);
            } else if (firstLine != null) {
                file.report(listed, "lesson \"" + key + "\" is listed twice (first at line " + firstLine + ")");
            } else {
                var matching = lessonFiles(listed, files);
                listedFiles.addAll(matching);
                if (matching.size() == 1) {
                    LessonParser.parse(new SourceFile(matching.getFirst(), problems), reading).ifPresent(lessons::add);
                }
            }
        }
        files.stream()
                .filter(lessonFile -> !listedFiles.contains(lessonFile))
                .forEach(unlisted -> file.report(course.lineOf("lessons"), "lesson file " + LESSONS_FOLDER + "/"
                        + unlisted.getFileName() + " is not listed under lessons"));
        return lessons;
    }

    /** The files of a listed lesson; reports none or more than one. */
    private List<Path> lessonFiles(ScalarNode listed, List<Path> files) {
        var key = listed.getValue();
        var matching = files.stream()
                .filter(lessonFile -> LessonFileName.belongsTo(lessonFile.getFileName().toString(), key))
                .toList();
        if (matching.isEmpty()) {
            file.report(listed, "lesson \"" + key + "\" is listed but no file " + LESSONS_FOLDER + "/" + key
                    + ".yaml or " + LESSONS_FOLDER + "/NN-" + key + ".yaml exists");
        } else if (matching.size() > 1) {
            file.report(listed, "lesson \"" + key + "\" has more than one file: " + String.join(", ",
                    matching.stream().map(lessonFile -> lessonFile.getFileName().toString()).toList()));
        }
        return matching;
    }

    private List<Path> lessonFiles() {
        var lessonsFolder = folder.resolve(LESSONS_FOLDER);
        if (!Files.isDirectory(lessonsFolder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(lessonsFolder)) {
            return children
                    .filter(child -> Files.isRegularFile(child)
                            && LessonFileName.isLessonFile(child.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.report(lessonsFolder, 1, "cannot list lesson files: " + e);
            return List.of();
        }
    }

    private String contentVersion() {
        try {
            return ContentVersion.of(folder);
        } catch (IOException e) {
            problems.report(folder, 1, "cannot read the course files to compute the content version: " + e);
            return "";
        }
    }
}
