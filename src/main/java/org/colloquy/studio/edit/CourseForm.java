package org.colloquy.studio.edit;

/** {@code course.yaml} in the forms. An optional field left empty is not written. */
public final class CourseForm {

    public String key = "";
    public String title = "";
    public String summary = "";
    public String language = "";
    public String direction = "";
    public String sourceTitle = "";
    public String sourceAuthor = "";
    public String sourcePublished = "";
    public String sourceNote = "";
    public String reading = "reading.md";
}
