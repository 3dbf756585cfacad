package org.colloquy.studio;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.colloquy.studio.draft.DraftCourse;
import org.jspecify.annotations.Nullable;

/** A course drafted in the studio, kept as its files under the person who drafts it (decision 0042). */
@Entity
@Table(name = "studio_draft")
class Draft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "course_key", nullable = false, length = 64)
    private String courseKey;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "essay_source", length = 300)
    private @Nullable String essaySource;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "studio_draft_file", joinColumns = @JoinColumn(name = "draft_id"))
    @MapKeyColumn(name = "path", length = 200)
    @Column(name = "content", nullable = false, length = DraftService.LONGEST_FILE)
    @OrderBy
    private Map<String, String> files = new LinkedHashMap<>();

    protected Draft() {
        this.courseKey = "";
        this.title = "";
        this.updatedAt = Instant.EPOCH;
    }

    Draft(long ownerId, DraftCourse course, String title, @Nullable String essaySource, Instant now) {
        this.ownerId = ownerId;
        this.courseKey = course.key();
        this.title = title;
        this.essaySource = essaySource;
        this.updatedAt = now;
        this.files = new LinkedHashMap<>(course.files());
    }

    void change(DraftCourse course, String newTitle, Instant now) {
        this.courseKey = course.key();
        this.title = newTitle;
        this.files.clear();
        this.files.putAll(course.files());
        this.updatedAt = now;
    }

    void published(Instant now) {
        this.publishedAt = now;
        this.updatedAt = now;
    }

    long id() {
        return java.util.Objects.requireNonNull(id, "a draft not yet saved has no id");
    }

    long ownerId() {
        return ownerId;
    }

    String courseKey() {
        return courseKey;
    }

    String title() {
        return title;
    }

    @Nullable String essaySource() {
        return essaySource;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable Instant publishedAt() {
        return publishedAt;
    }

    long version() {
        return version;
    }

    DraftCourse course() {
        return new DraftCourse(courseKey, files);
    }
}
