package org.colloquy.seminar.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.Objects;

/** The state of one live seminar: which prompt is on screen, whether it takes answers, whether it is revealed. */
@Entity
@Table(name = "seminar_session")
public class SeminarSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "leader_id", nullable = false)
    private long leaderId;

    @Column(name = "course_key", nullable = false, length = 100)
    private String courseKey;

    @Column(name = "lesson_key", nullable = false, length = 100)
    private String lessonKey;

    @Column(name = "content_version", nullable = false, length = 20)
    private String contentVersion;

    @Column(name = "join_code", nullable = false, length = 12)
    private String joinCode;

    @Column(name = "prompt_index", nullable = false)
    private int promptIndex;

    @Column(name = "prompt_open", nullable = false)
    private boolean promptOpen;

    @Column(nullable = false)
    private boolean revealed;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "guests_allowed", nullable = false)
    private boolean guestsAllowed;

    @Column(name = "timer_ends_at")
    private @Nullable Instant timerEndsAt;

    @Column(name = "spotlight_answer_id")
    private @Nullable Long spotlightAnswerId;

    @Column(name = "word_cloud", nullable = false)
    private boolean wordCloud;

    @Column(name = "cohort_id")
    private @Nullable Long cohortId;

    /** The prompts asked, in order, as lessonKey/stepKey; empty for sessions that ask their lesson's prompts. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seminar_session_prompt", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "prompt_key", nullable = false, length = 201)
    private List<String> promptKeys = new ArrayList<>();

    @Column(name = "starred_response_id")
    private @Nullable Long starredResponseId;

    @Column(name = "map_prompt_key", length = 201)
    private @Nullable String mapPromptKey;

    protected SeminarSession() {
        this.courseKey = "";
        this.lessonKey = "";
        this.contentVersion = "";
        this.joinCode = "";
        this.startedAt = Instant.EPOCH;
    }

    public SeminarSession(long leaderId, String courseKey, String lessonKey, String contentVersion, String joinCode,
                   Instant now) {
        this.leaderId = leaderId;
        this.courseKey = courseKey;
        this.lessonKey = lessonKey;
        this.contentVersion = contentVersion;
        this.joinCode = joinCode;
        this.promptOpen = true;
        this.startedAt = now;
    }

    /** Puts another prompt on screen, open for answers and not revealed. */
    public void showPrompt(int index) {
        this.promptIndex = index;
        this.promptOpen = true;
        this.revealed = false;
        this.timerEndsAt = null;
        this.spotlightAnswerId = null;
        this.wordCloud = false;
        this.starredResponseId = null;
        this.mapPromptKey = null;
    }

    public void askFor(@Nullable Long cohortId, List<String> promptKeys) {
        this.cohortId = cohortId;
        this.promptKeys.clear();
        this.promptKeys.addAll(promptKeys);
    }

    public void bringIn(@Nullable Long responseId) {
        this.starredResponseId = responseId;
    }

    public void showMap(@Nullable String promptKey) {
        this.mapPromptKey = promptKey;
    }

    public @Nullable Long getCohortId() {
        return cohortId;
    }

    public List<String> getPromptKeys() {
        return List.copyOf(promptKeys);
    }

    public @Nullable Long getStarredResponseId() {
        return starredResponseId;
    }

    public @Nullable String getMapPromptKey() {
        return mapPromptKey;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public void setPromptOpen(boolean open) {
        this.promptOpen = open;
        this.timerEndsAt = null;
    }

    /** Open for answers, and the countdown (if any) has not run out. */
    public boolean acceptsAnswersAt(Instant now) {
        return promptOpen && !timerRanOutAt(now);
    }

    public boolean timerRanOutAt(Instant now) {
        return timerEndsAt != null && !now.isBefore(timerEndsAt);
    }

    /** Opens the prompt until {@code endsAt}, when it closes by itself. */
    public void startTimer(Instant endsAt) {
        this.promptOpen = true;
        this.timerEndsAt = endsAt;
    }

    public void stopTimer() {
        this.timerEndsAt = null;
    }

    @Nullable Instant getTimerEndsAt() {
        return timerEndsAt;
    }

    public void allowGuests(boolean allowed) {
        this.guestsAllowed = allowed;
    }

    public boolean isGuestsAllowed() {
        return guestsAllowed;
    }

    public void spotlight(@Nullable Long answerId) {
        this.spotlightAnswerId = answerId;
    }

    public @Nullable Long getSpotlightAnswerId() {
        return spotlightAnswerId;
    }

    /** Reveals an open prompt's approved answers as a word cloud rather than one by one. */
    public void revealAsWordCloud(boolean wordCloud) {
        this.wordCloud = wordCloud;
        if (wordCloud) {
            this.revealed = true;
        }
    }

    public boolean isWordCloud() {
        return wordCloud;
    }

    public void setRevealed(boolean revealed) {
        this.revealed = revealed;
    }

    public void close(Instant now) {
        this.closedAt = now;
        this.promptOpen = false;
        this.timerEndsAt = null;
    }

    public long requireId() {
        return Objects.requireNonNull(id);
    }

    public long getLeaderId() {
        return leaderId;
    }

    public String getCourseKey() {
        return courseKey;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public int getPromptIndex() {
        return promptIndex;
    }

    public boolean isPromptOpen() {
        return promptOpen;
    }

    public boolean isRevealed() {
        return revealed;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public boolean isClosed() {
        return closedAt != null;
    }
}
