package org.colloquy.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A course folder as one zip file, to download and keep, or to bring back: written from the folder's course files,
 * and read back only within limits. Reading refuses any entry that would land outside the course (an absolute path,
 * {@code ..}, a drive letter), more entries or more unpacked bytes than a course needs (a zip bomb stops at the limit,
 * without unpacking the rest), and files of any other type than a course holds.
 */
public final class CourseArchive {

    public static final int MAX_ENTRIES = 500;
    public static final long MAX_UNPACKED_BYTES = 20L * 1024 * 1024;
    private static final Pattern COURSE_FILE = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*\\.(yaml|yml|md)");

    private CourseArchive() {
    }

    /** Why an archive was not read; the message says what to change, and nothing of it was kept. */
    public static final class Refused extends Exception {

        /** What about the archive was refused, for a message in the reader's language. */
        public enum Why { TOO_MANY_ENTRIES, NOT_A_COURSE_FILE, NO_COURSE_FILE, TOO_LARGE }

        private final Why why;
        private final String entry;

        public Refused(String message) {
            this(Why.NO_COURSE_FILE, "", message);
        }

        Refused(Why why, String entry, String message) {
            super(message);
            this.why = why;
            this.entry = entry;
        }

        public Why why() {
            return why;
        }

        /** The entry refused, for {@link Why#NOT_A_COURSE_FILE}; else empty. */
        public String entry() {
            return entry;
        }
    }

    /** Writes the course files of {@code courseFolder} (YAML and Markdown, at any depth) into a zip under its name. */
    public static void write(Path courseFolder, OutputStream out) throws IOException {
        String top = courseFolder.getFileName().toString();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(courseFolder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> COURSE_FILE.matcher(relative(courseFolder, file)).matches())
                    .sorted().toList();
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(top + "/" + relative(courseFolder, file)));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    /**
     * The files of a course archive by their path inside the course ({@code course.yaml}, {@code lessons/01-x.yaml}):
     * a single folder at the top of the archive is taken to be the course folder and left out of the paths.
     */
    public static Map<String, byte[]> read(InputStream archive) throws IOException, Refused {
        Map<String, byte[]> files = new TreeMap<>();
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new Refused(Refused.Why.TOO_MANY_ENTRIES, "",
                            "the archive has more than " + MAX_ENTRIES + " entries; a course has far fewer");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().replace('\\', '/');
                if (!COURSE_FILE.matcher(name).matches() || name.contains("..")) {
                    throw new Refused(Refused.Why.NOT_A_COURSE_FILE, name, "\"" + name
                            + "\" is not a course file (only .yaml and .md files inside the "
                            + "course folder, with letters, digits, '.', '_' and '-' in their names)");
                }
                byte[] content = readAtMost(zip, MAX_UNPACKED_BYTES - unpacked);
                unpacked += content.length;
                files.put(name, content);
            }
        }
        if (files.isEmpty()) {
            throw new Refused(Refused.Why.NO_COURSE_FILE, "",
                    "the archive holds no course file (a course has a course.yaml)");
        }
        return withoutCommonFolder(files);
    }

    private static byte[] readAtMost(InputStream in, long allowed) throws IOException, Refused {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > allowed) {
                throw new Refused(Refused.Why.TOO_LARGE, "", "the archive unpacks to more than "
                        + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB; a course is far smaller");
            }
            bytes.write(buffer, 0, read);
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> withoutCommonFolder(Map<String, byte[]> files) {
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0 || files.containsKey("course.yaml")) {
            return files;
        }
        String prefix = first.substring(0, slash + 1);
        if (!files.keySet().stream().allMatch(name -> name.startsWith(prefix))) {
            return files;
        }
        Map<String, byte[]> inside = new TreeMap<>();
        files.forEach((name, content) -> inside.put(name.substring(prefix.length()), content));
        return inside;
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
