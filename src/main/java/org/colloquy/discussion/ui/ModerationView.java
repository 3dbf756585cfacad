package org.colloquy.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.colloquy.account.CohortRef;
import org.colloquy.account.CohortService;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.StepText;
import org.colloquy.content.ui.CitedText;
import org.colloquy.content.ui.ProseView;
import org.colloquy.discussion.DiscussionModerationService;
import org.colloquy.discussion.DiscussionThread;
import org.colloquy.discussion.ModeratedPost;
import org.colloquy.lesson.SubmissionRecord;
import org.springframework.security.access.AccessDeniedException;

/** A cohort's discussion on one prompt, for its instructors: every post with its author, hide, pin, lock. */
@Route("classes/:cohortId/discussion/:lessonKey/:stepKey")
@PageTitle("Moderate discussion · Colloquy")
@RolesAllowed("INSTRUCTOR")
public class ModerationView extends Main implements BeforeEnterObserver {

    private final DiscussionModerationService moderation;
    private final CohortService cohorts;
    private final CourseCatalog catalog;
    private final Div posts = new Div();
    private final Button lock = new Button();
    private long cohortId;
    private String promptKey = "";
    private Course course;

    ModerationView(DiscussionModerationService moderation, CohortService cohorts, CourseCatalog catalog) {
        this.moderation = moderation;
        this.cohorts = cohorts;
        this.catalog = catalog;
        setId("main-content");
        addClassNames("page", "moderation-view");
        lock.setId("lock-discussion");
        lock.addClickListener(click -> {
            moderation.lock(cohortId, promptKey, !moderation.isLocked(cohortId, promptKey));
            render();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("cohortId").orElse("");
        String lessonKey = event.getRouteParameters().get("lessonKey").orElse("");
        promptKey = lessonKey + "/" + event.getRouteParameters().get("stepKey").orElse("");
        CohortRef cohort;
        try {
            cohortId = Long.parseLong(id);
            cohort = cohorts.requireTeaching(cohortId);
        } catch (NumberFormatException | AccessDeniedException notYours) {
            throw new NotFoundException("No class " + id + " among the classes you teach.");
        }
        course = catalog.require(cohort.courseKey());
        var step = course.step(promptKey).orElseThrow(NotFoundException::new);
        removeAll();
        add(new Anchor("classes/" + cohortId, "← " + cohort.name()));
        add(new H1("Discussion in " + cohort.name()));
        add(new ProseView(StepText.question(step), course.reading()), lock, posts);
        render();
    }

    private void render() {
        boolean locked = moderation.isLocked(cohortId, promptKey);
        lock.setText(locked ? "Reopen the discussion to replies" : "Lock the discussion (no new replies)");
        posts.removeAll();
        var all = moderation.posts(cohortId, promptKey);
        if (all.isEmpty()) {
            posts.add(new Paragraph("Nobody has posted yet."));
        }
        all.forEach(post -> posts.add(post(post)));
    }

    private Div post(ModeratedPost post) {
        Div box = new Div();
        box.addClassNames("work-item", "discussion-post");
        Span meta = new Span(post.author() + " · " + TimeDisplay.dateTime(post.postedAt())
                + (post.revisions() > 1 ? " · edited, " + post.revisions() + " versions" : "")
                + (post.pinned() ? " · pinned" : "")
                + (post.hiddenReason() != null ? " · hidden: " + post.hiddenReason() : ""));
        meta.addClassName("work-status");
        box.add(meta);
        if (post.deletedAt() != null) {
            Paragraph deleted = new Paragraph("Deleted by its author " + TimeDisplay.dateTime(post.deletedAt())
                    + ". Classmates no longer see it; you still do.");
            deleted.addClassName("deleted-note");
            box.add(deleted);
        }
        box.add(new CitedText(post.body(), course));
        if (post.revisions() > 1) {
            Details earlier = new Details("Earlier versions (" + (post.revisions() - 1) + ")");
            earlier.addClassName("post-history");
            for (SubmissionRecord version : post.versions().reversed().subList(1, post.revisions())) {
                Div entry = new Div(new Span("Version " + version.number() + " · "
                        + TimeDisplay.dateTime(version.submittedAt())), new CitedText(version.body(), course));
                entry.addClassName("submission");
                earlier.add(entry);
            }
            box.add(earlier);
        }
        for (DiscussionThread.ReplyView reply : post.replies()) {
            Div replyBox = new Div(new Span(reply.author() + " · " + TimeDisplay.dateTime(reply.repliedAt())
                    + (reply.deleted() ? " · deleted by its author; classmates no longer see it" : "")),
                    new CitedText(reply.body(), course));
            replyBox.addClassName("discussion-reply");
            if (reply.deleted()) {
                replyBox.addClassName("deleted-reply");
            }
            box.add(replyBox);
        }
        Button pin = new Button(post.pinned() ? "Unpin" : "Pin", click -> {
            moderation.pin(cohortId, post.id(), !post.pinned());
            render();
        });
        pin.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(pin);
        actions.addClassName("actions");
        if (post.hiddenReason() == null) {
            TextField reason = new TextField("Reason the author will see");
            reason.setMaxLength(DiscussionModerationService.MAX_REASON_LENGTH);
            Button hide = new Button("Hide from the class", click -> {
                try {
                    moderation.hide(cohortId, post.id(), reason.getValue());
                    render();
                } catch (IllegalArgumentException missing) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(missing.getMessage());
                }
            });
            hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(reason, hide);
        } else {
            Button show = new Button("Show it again", click -> {
                moderation.unhide(cohortId, post.id());
                render();
            });
            show.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(show);
        }
        box.add(actions);
        return box;
    }
}
