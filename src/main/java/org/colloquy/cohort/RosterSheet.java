package org.colloquy.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.colloquy.base.i18n.Text;
import org.colloquy.identity.Usernames;

/**
 * A roster CSV read and checked row by row, before anything touches the database: the header, every name and
 * every email address, and addresses that appear twice.
 */
final class RosterSheet {

    static final int MAX_STUDENTS = 2_000;
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 100;

    private static final String NAME = "name";
    private static final String EMAIL = "email";
    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "[A-Za-z0-9_+-]+(\\.[A-Za-z0-9_+-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}");

    /** A student as the roster names them; {@code row} is where they stand in the file. */
    record Student(int row, String name, String email) {

        String username() {
            return Usernames.canonical(email);
        }
    }

    private final List<Student> students = new ArrayList<>();
    private final List<RosterProblem> problems = new ArrayList<>();
    private final Map<String, Integer> rowOfEmail = new HashMap<>();
    private int nameColumn = -1;
    private int emailColumn = -1;

    private RosterSheet() {
    }

    static RosterSheet read(String csvText) {
        RosterSheet sheet = new RosterSheet();
        sheet.check(CsvParser.parse(csvText));
        return sheet;
    }

    List<Student> students() {
        return List.copyOf(students);
    }

    List<RosterProblem> problems() {
        return List.copyOf(problems);
    }

    private void check(CsvParser.Parsed parsed) {
        Map<Integer, List<CsvParser.Problem>> syntaxProblems = parsed.problems().stream()
                .collect(Collectors.groupingBy(CsvParser.Problem::row));
        List<CsvParser.Row> rows = parsed.rows().stream().filter(row -> !row.isBlank()).toList();
        if (rows.isEmpty()) {
            problems.add(new RosterProblem(1, null, Text.of("account.roster.empty")));
            return;
        }
        CsvParser.Row header = rows.getFirst();
        if (!checkHeader(header, syntaxProblems.getOrDefault(header.row(), List.of()))) {
            return;
        }
        List<CsvParser.Row> studentRows = rows.subList(1, rows.size());
        if (studentRows.isEmpty()) {
            problems.add(new RosterProblem(header.row() + 1, null, Text.of("account.roster.no-students")));
        } else if (studentRows.size() > MAX_STUDENTS) {
            problems.add(new RosterProblem(studentRows.get(MAX_STUDENTS).row(), null,
                    Text.of("account.roster.too-many", MAX_STUDENTS, studentRows.size())));
        } else {
            for (CsvParser.Row row : studentRows) {
                checkStudent(row, syntaxProblems.getOrDefault(row.row(), List.of()));
            }
        }
    }

    private boolean checkHeader(CsvParser.Row header, List<CsvParser.Problem> syntax) {
        if (!syntax.isEmpty()) {
            syntax.forEach(problem -> problems.add(
                    new RosterProblem(problem.row(), String.valueOf(problem.column()), problem.reason())));
            return false;
        }
        List<String> fields = header.fields();
        for (int index = 0; index < fields.size(); index++) {
            String heading = fields.get(index).strip();
            switch (heading.toLowerCase(Locale.ROOT)) {
                case NAME -> nameColumn = claim(header.row(), NAME, nameColumn, index);
                case EMAIL -> emailColumn = claim(header.row(), EMAIL, emailColumn, index);
                case "" -> problems.add(new RosterProblem(header.row(), String.valueOf(index + 1),
                        Text.of("account.roster.no-heading")));
                default -> problems.add(new RosterProblem(header.row(), String.valueOf(index + 1),
                        Text.of("account.roster.unknown-column", quoted(heading))));
            }
        }
        if (nameColumn < 0) {
            problems.add(new RosterProblem(header.row(), NAME, Text.of("account.roster.missing-heading")));
        }
        if (emailColumn < 0) {
            problems.add(new RosterProblem(header.row(), EMAIL, Text.of("account.roster.missing-heading")));
        }
        return nameColumn >= 0 && emailColumn >= 0;
    }

    private int claim(int row, String heading, int claimedAt, int index) {
        if (claimedAt >= 0) {
            problems.add(new RosterProblem(row, heading, Text.of("account.roster.heading-twice")));
            return claimedAt;
        }
        return index;
    }

    private void checkStudent(CsvParser.Row row, List<CsvParser.Problem> syntax) {
        if (!syntax.isEmpty()) {
            syntax.forEach(problem -> problems.add(
                    new RosterProblem(problem.row(), columnLabel(problem.column() - 1), problem.reason())));
            return;
        }
        int problemsBefore = problems.size();
        List<String> fields = row.fields();
        int columns = Math.max(nameColumn, emailColumn) + 1;
        for (int index = columns; index < fields.size(); index++) {
            if (!fields.get(index).isBlank()) {
                problems.add(new RosterProblem(row.row(), String.valueOf(index + 1),
                        Text.of("account.roster.beyond-last-column", quoted(fields.get(index).strip()))));
            }
        }
        String name = field(fields, nameColumn);
        String email = field(fields, emailColumn);
        checkName(row.row(), name);
        if (checkEmail(row.row(), email)) {
            Integer firstRow = rowOfEmail.putIfAbsent(Usernames.canonical(email), row.row());
            if (firstRow != null) {
                problems.add(new RosterProblem(row.row(), EMAIL, Text.of("account.roster.email-twice", quoted(email), firstRow)));
            }
        }
        if (problems.size() == problemsBefore) {
            students.add(new Student(row.row(), name, email));
        }
    }

    private void checkName(int row, String name) {
        int length = name.codePointCount(0, name.length());
        if (name.isEmpty()) {
            problems.add(new RosterProblem(row, NAME, Text.of("account.roster.name-missing")));
        } else if (length > MAX_NAME_LENGTH) {
            problems.add(new RosterProblem(row, NAME, Text.of("account.roster.name-too-long", length, MAX_NAME_LENGTH)));
        } else if (name.codePoints().anyMatch(RosterSheet::isControl)) {
            problems.add(new RosterProblem(row, NAME, Text.of("account.roster.name-control")));
        }
    }

    private boolean checkEmail(int row, String email) {
        if (email.isEmpty()) {
            problems.add(new RosterProblem(row, EMAIL, Text.of("account.roster.email-missing")));
        } else if (email.length() > MAX_EMAIL_LENGTH) {
            problems.add(new RosterProblem(row, EMAIL, Text.of("account.roster.email-too-long", email.length(), MAX_EMAIL_LENGTH)));
        } else if (!EMAIL_ADDRESS.matcher(email).matches()) {
            problems.add(new RosterProblem(row, EMAIL, Text.of("account.roster.not-an-email", quoted(email))));
        } else {
            return true;
        }
        return false;
    }

    private String columnLabel(int index) {
        if (index == nameColumn) {
            return NAME;
        }
        return index == emailColumn ? EMAIL : String.valueOf(index + 1);
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }

    private static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                || codePoint == '\u2028' || codePoint == '\u2029';
    }

    /** A value as a message quotes it: shortened when long, control characters made visible. */
    static String quoted(String value) {
        String visible = value.codePoints()
                .map(codePoint -> isControl(codePoint) ? '\uFFFD' : codePoint)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (visible.codePointCount(0, visible.length()) > 60) {
            visible = visible.substring(0, visible.offsetByCodePoints(0, 57)) + "…";
        }
        return "“" + visible + "”";
    }
}
