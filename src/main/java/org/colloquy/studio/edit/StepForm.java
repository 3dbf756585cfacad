package org.colloquy.studio.edit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step in the forms, with the fields of every kind; only those of its kind are written. Prose fields hold their
 * paragraphs separated by blank lines, a quotation as {@code > words [p3]}. An optional text left empty, and a
 * number left empty, is not written.
 */
public final class StepForm {

    public static final String BEFORE = "before";
    public static final String AFTER = "after";

    public String key = "";
    public StepKind kind;
    public String title = "";
    public String text = "";
    public String question = "";
    public boolean multiple;
    public final List<Option> options = new ArrayList<>();
    public String prompt = "";
    public String guidance = "";
    public @Nullable Integer minWords;
    public @Nullable Integer maxWords;
    public boolean rubric;
    public final List<Criterion> criteria = new ArrayList<>();
    public String moment = BEFORE;
    public String claim = "";
    public String repeats = "";
    public String anonymity = "";
    public final List<String> cites = new ArrayList<>();

    public StepForm(StepKind kind) {
        this.kind = kind;
    }

    /** A choice of a check step. */
    public static final class Option {
        public String key = "";
        public String text = "";
        public boolean correct;
        public String feedback = "";
    }

    /** A criterion of a respond step's rubric. */
    public static final class Criterion {
        public String key = "";
        public String title = "";
        public final List<Level> levels = new ArrayList<>();
    }

    /** A level of a criterion. */
    public static final class Level {
        public @Nullable Integer score;
        public String label = "";
        public String description = "";
    }
}
