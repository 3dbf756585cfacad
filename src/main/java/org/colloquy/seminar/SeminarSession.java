package org.colloquy.seminar;

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

/** The state of one live seminar: which prompt is on screen, whether it takes answers, whether it is revealed. */
@Entity
@Table(name = "seminar_session")
class SeminarSession {

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

    SeminarSession(long leaderId, String courseKey, String lessonKey, String contentVersion, String joinCode,
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
    void showPrompt(int index) {
        this.promptIndex = index;
        this.promptOpen = true;
        this.revealed = false;
        this.timerEndsAt = null;
        this.spotlightAnswerId = null;
        this.wordCloud = false;
        this.starredResponseId = null;
        this.mapPromptKey = null;
    }

    void askFor(@Nullable Long cohortId, List<String> promptKeys) {
        this.cohortId = cohortId;
        this.promptKeys.clear();
        this.promptKeys.addAll(promptKeys);
    }

    void bringIn(@Nullable Long responseId) {
        this.starredResponseId = responseId;
    }

    void showMap(@Nullable String promptKey) {
        this.mapPromptKey = promptKey;
    }

    @Nullable Long getCohortId() {
        return cohortId;
    }

    List<String> getPromptKeys() {
        return List.copyOf(promptKeys);
    }

    @Nullable Long getStarredResponseId() {
        return starredResponseId;
    }

    @Nullable String getMapPromptKey() {
        return mapPromptKey;
    }

    @Nullable Instant getClosedAt() {
        return closedAt;
    }

    void setPromptOpen(boolean open) {
        this.promptOpen = open;
        this.timerEndsAt = null;
    }

    /** Open for answers, and the countdown (if any) has not run out. */
    boolean acceptsAnswersAt(Instant now) {
        return promptOpen && !timerRanOutAt(now);
    }

    boolean timerRanOutAt(Instant now) {
        return timerEndsAt != null && !now.isBefore(timerEndsAt);
    }

    /** Opens the prompt until {@code endsAt}, when it closes by itself. */
    void startTimer(Instant endsAt) {
        this.promptOpen = true;
        this.timerEndsAt = endsAt;
    }

    void stopTimer() {
        this.timerEndsAt = null;
    }

    @Nullable Instant getTimerEndsAt() {
        return timerEndsAt;
    }

    void allowGuests(boolean allowed) {
        this.guestsAllowed = allowed;
    }

    boolean isGuestsAllowed() {
        return guestsAllowed;
    }

    void spotlight(@Nullable Long answerId) {
        this.spotlightAnswerId = answerId;
    }

    @Nullable Long getSpotlightAnswerId() {
        return spotlightAnswerId;
    }

    /** Reveals an open prompt's approved answers as a word cloud rather than one by one. */
    void revealAsWordCloud(boolean wordCloud) {
        this.wordCloud = wordCloud;
        if (wordCloud) {
            this.revealed = true;
        }
    }

    boolean isWordCloud() {
        return wordCloud;
    }

    void setRevealed(boolean revealed) {
        this.revealed = revealed;
    }

    void close(Instant now) {
        this.closedAt = now;
        this.promptOpen = false;
        this.timerEndsAt = null;
    }

    long requireId() {
        return java.util.Objects.requireNonNull(id);
    }

    long getLeaderId() {
        return leaderId;
    }

    String getCourseKey() {
        return courseKey;
    }

    String getLessonKey() {
        return lessonKey;
    }

    String getJoinCode() {
        return joinCode;
    }

    int getPromptIndex() {
        return promptIndex;
    }

    boolean isPromptOpen() {
        return promptOpen;
    }

    boolean isRevealed() {
        return revealed;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    boolean isClosed() {
        return closedAt != null;
    }
}
