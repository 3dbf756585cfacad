package org.colloquy.studio.edit;

import java.util.ArrayList;
import java.util.List;

/** One lesson file in the forms. */
public final class LessonForm {

    public String key = "";
    public String title = "";
    public String summary = "";
    public final List<String> objectives = new ArrayList<>();
    public final List<StepForm> steps = new ArrayList<>();
}
