package org.colloquy.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.DatePickers;
import org.colloquy.schedule.ClassSchedule;
import org.colloquy.schedule.ScheduleField;
import org.colloquy.schedule.ScheduleRefusal;
import org.colloquy.schedule.ScheduleService;
import org.colloquy.schedule.TimeZoneChoices;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The class page's Schedule tab: the class's time zone, each lesson's opening, due date and close, and extensions for
 * one student. A refused date is said at its field, and what was typed stays.
 */
@NamedInterface("ui")
public class SchedulePanel extends Div {

    private final ScheduleService schedules;
    private final long cohortId;
    private final Div extensionList = new Div();

    public SchedulePanel(ScheduleService schedules, long cohortId) {
        this.schedules = schedules;
        this.cohortId = cohortId;
        addClassNames("dashboard-section", "schedule-panel");
        setId("schedule-panel");
        ClassSchedule schedule = schedules.classSchedule(cohortId);
        add(new H2(getTranslation("schedule.heading")), new Paragraph(getTranslation("schedule.intro")));
        add(zone(schedule.zone()));
        int number = 1;
        for (ClassSchedule.LessonSchedule lesson : schedule.lessons()) {
            add(lesson(lesson, number++));
        }
        add(extensions(schedule));
    }

    private Div zone(ZoneId current) {
        ComboBox<String> zone = new ComboBox<>(getTranslation("schedule.zone"));
        zone.setId("schedule-zone");
        zone.setItems(TimeZoneChoices.including(current.getId()));
        zone.setValue(current.getId());
        zone.setHelperText(getTranslation("schedule.zone-help"));
        zone.setWidth("20em");
        Paragraph status = status();
        Button save = new Button(getTranslation("schedule.zone-save"), click -> {
            try {
                schedules.setTimeZone(cohortId, zone.getValue() == null ? "" : zone.getValue());
                zone.setInvalid(false);
                status.setText(getTranslation("schedule.zone-saved", zone.getValue()));
            } catch (ScheduleRefusal refused) {
                zone.setErrorMessage(Translated.reason(refused));
                zone.setInvalid(true);
                status.setText("");
            }
        });
        save.setId("schedule-zone-save");
        Div row = new Div(zone, save);
        row.addClassName("schedule-row");
        Div block = new Div(row, status);
        block.addClassName("schedule-zone");
        return block;
    }

    private Div lesson(ClassSchedule.LessonSchedule lesson, int number) {
        DateTimePicker opens = picker("schedule.opens", lesson.opens(), "opens-" + lesson.lessonKey());
        opens.setHelperText(getTranslation("schedule.opens-help"));
        DateTimePicker due = picker("schedule.due", lesson.due(), "due-" + lesson.lessonKey());
        due.setHelperText(getTranslation("schedule.due-help"));
        DateTimePicker closes = picker("schedule.closes", lesson.closes(), "closes-" + lesson.lessonKey());
        closes.setHelperText(getTranslation("schedule.closes-help"));
        Paragraph status = status();
        Map<ScheduleField, DateTimePicker> fields = Map.of(ScheduleField.OPENS, opens, ScheduleField.DUE, due,
                ScheduleField.CLOSES, closes);
        Button save = new Button(getTranslation("schedule.save-lesson"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                schedules.setLessonDates(cohortId, lesson.lessonKey(), opens.getValue(), due.getValue(),
                        closes.getValue());
                boolean none = opens.getValue() == null && due.getValue() == null && closes.getValue() == null;
                status.setText(getTranslation(none ? "schedule.cleared" : "schedule.saved", lesson.lessonTitle()));
            } catch (ScheduleRefusal refused) {
                DateTimePicker field = fields.getOrDefault(refused.field(), due);
                field.setErrorMessage(Translated.reason(refused));
                field.setInvalid(true);
                status.setText("");
            }
        });
        save.setId("save-dates-" + lesson.lessonKey());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getElement().setAttribute("aria-label", getTranslation("schedule.save-lesson-label", number));
        Div pickers = new Div(opens, due, closes);
        pickers.addClassName("schedule-row");
        Div block = new Div(new H3(getTranslation("schedule.lesson-heading", number, lesson.lessonTitle())), pickers,
                save, status);
        block.addClassName("schedule-lesson");
        block.setId("schedule-" + lesson.lessonKey());
        return block;
    }

    private Div extensions(ClassSchedule schedule) {
        Div block = new Div(new H3(getTranslation("schedule.extensions")),
                new Paragraph(getTranslation("schedule.extensions-intro")));
        block.addClassName("schedule-extensions");
        if (schedule.students().isEmpty()) {
            block.add(new Paragraph(getTranslation("schedule.no-students")));
            return block;
        }
        Select<ClassSchedule.Student> student = new Select<>();
        student.setLabel(getTranslation("schedule.extension.student"));
        student.setItems(schedule.students());
        student.setItemLabelGenerator(ClassSchedule.Student::name);
        student.setId("extension-student");
        Select<ClassSchedule.LessonSchedule> lesson = new Select<>();
        lesson.setLabel(getTranslation("schedule.extension.lesson"));
        lesson.setItems(schedule.lessons());
        lesson.setItemLabelGenerator(ClassSchedule.LessonSchedule::lessonTitle);
        lesson.setId("extension-lesson");
        DateTimePicker due = picker("schedule.extension.due", null, "extension-due");
        DateTimePicker closes = picker("schedule.extension.closes", null, "extension-closes");
        Paragraph status = status();
        Button give = new Button(getTranslation("schedule.extension.give"), click -> {
            student.setInvalid(false);
            lesson.setInvalid(false);
            due.setInvalid(false);
            closes.setInvalid(false);
            if (student.getValue() == null) {
                student.setErrorMessage(getTranslation("schedule.refused.not-a-student"));
                student.setInvalid(true);
                return;
            }
            if (lesson.getValue() == null) {
                lesson.setErrorMessage(getTranslation("schedule.refused.no-such-lesson"));
                lesson.setInvalid(true);
                return;
            }
            try {
                schedules.extend(cohortId, lesson.getValue().lessonKey(), student.getValue().id(), due.getValue(),
                        closes.getValue());
                status.setText(getTranslation("schedule.extension.given", student.getValue().name(),
                        lesson.getValue().lessonTitle()));
                showExtensions(schedules.classSchedule(cohortId).extensions(), status);
            } catch (ScheduleRefusal refused) {
                String reason = Translated.reason(refused);
                switch (refused.field()) {
                    case STUDENT -> {
                        student.setErrorMessage(reason);
                        student.setInvalid(true);
                    }
                    case LESSON -> {
                        lesson.setErrorMessage(reason);
                        lesson.setInvalid(true);
                    }
                    case CLOSES -> {
                        closes.setErrorMessage(reason);
                        closes.setInvalid(true);
                    }
                    default -> {
                        due.setErrorMessage(reason);
                        due.setInvalid(true);
                    }
                }
                status.setText("");
            }
        });
        give.setId("give-extension");
        Div form = new Div(student, lesson, due, closes);
        form.addClassName("schedule-row");
        extensionList.addClassName("extension-list");
        showExtensions(schedule.extensions(), status);
        block.add(form, give, status, extensionList);
        return block;
    }

    private void showExtensions(List<ClassSchedule.StudentExtension> given, Paragraph status) {
        extensionList.removeAll();
        if (given.isEmpty()) {
            extensionList.add(new Paragraph(getTranslation("schedule.extension.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ClassSchedule.StudentExtension extension : given) {
            String text = extension.closes() == null
                    ? getTranslation("schedule.extension.row", extension.studentName(), extension.lessonTitle(),
                    wallTime(extension.due()))
                    : getTranslation("schedule.extension.row-closes", extension.studentName(), extension.lessonTitle(),
                    wallTime(extension.due()), wallTime(extension.closes()));
            Button remove = new Button(getTranslation("schedule.extension.remove"), click -> {
                schedules.removeExtension(cohortId, extension.lessonKey(), extension.studentId());
                status.setText(getTranslation("schedule.extension.removed", extension.studentName(),
                        extension.lessonTitle()));
                showExtensions(schedules.classSchedule(cohortId).extensions(), status);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", getTranslation("schedule.extension.remove-label",
                    extension.studentName(), extension.lessonTitle()));
            list.add(new ListItem(new Span(text), remove));
        }
        extensionList.add(list);
    }

    private String wallTime(@Nullable LocalDateTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(time);
    }

    private DateTimePicker picker(String labelKey, @Nullable LocalDateTime value, String id) {
        DateTimePicker picker = new DateTimePicker(getTranslation(labelKey));
        picker.setStep(Duration.ofMinutes(15));
        DatePickers.localized(picker);
        picker.setDateAriaLabel(getTranslation(labelKey));
        picker.setTimeAriaLabel(getTranslation(labelKey));
        picker.setId(id);
        if (value != null) {
            picker.setValue(value);
        }
        return picker;
    }

    private static Paragraph status() {
        Paragraph status = new Paragraph();
        status.getElement().setAttribute("role", "status");
        status.addClassName("schedule-status");
        return status;
    }
}
