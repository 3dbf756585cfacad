package org.colloquy.discussion.ui;

import org.colloquy.base.ui.PageNotFound;
import org.colloquy.base.ui.TypingLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import org.colloquy.base.i18n.Translated;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.StepText;
import org.colloquy.content.ui.CitedText;
import org.colloquy.content.ui.ProseView;
import org.colloquy.discussion.DiscussionModerationService;
import org.colloquy.discussion.DiscussionService;
import org.colloquy.discussion.DiscussionThread;
import org.colloquy.discussion.ModeratedPost;
import org.colloquy.lesson.SubmissionRecord;
import org.springframework.security.access.AccessDeniedException;
import org.colloquy.cohort.ui.CohortPages;
import org.colloquy.lesson.ui.LessonPages;

/** A cohort's discussion on one prompt, for its instructors: every post with its author, reply, hide, pin, lock. */
@Route(LessonPages.CLASS_DISCUSSION)
@RolesAllowed("INSTRUCTOR")
class ModerationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("discussion.moderate.page-title");
    }


    private final DiscussionModerationService moderation;
    private final CohortService cohorts;
    private final CourseCatalog catalog;
    private final Div posts = new Div();
    private final Button lock = new Button();
    private final TextField search = new TextField();
    private long cohortId;
    private String promptKey = "";
    private Course course;

    ModerationView(DiscussionModerationService moderation, CohortService cohorts, CourseCatalog catalog) {
        this.moderation = moderation;
        this.cohorts = cohorts;
        this.catalog = catalog;
        setId("main-content");
        addClassNames("page", "moderation-view");
        search.setId("moderation-search");
        search.setLabel(getTranslation("discussion.moderate.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> render());
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
            throw PageNotFound.because(getTranslation("discussion.moderate.no-such-class", id));
        }
        course = catalog.require(cohort.courseKey());
        var step = course.step(promptKey).orElseThrow(NotFoundException::new);
        removeAll();
        add(new Anchor(CohortPages.classPage(cohortId), "← " + cohort.name()));
        add(new H1(getTranslation("discussion.moderate.heading", cohort.name())));
        add(new ProseView(StepText.question(step), course.reading()), lock, search, posts);
        render();
    }

    private void render() {
        boolean locked = moderation.isLocked(cohortId, promptKey);
        lock.setText(getTranslation(locked ? "discussion.moderate.reopen" : "discussion.moderate.lock"));
        posts.removeAll();
        var all = moderation.posts(cohortId, promptKey);
        if (all.isEmpty()) {
            posts.add(new Paragraph(getTranslation("discussion.moderate.nobody")));
        }
        var found = all.stream().filter(post -> post.mentions(search.getValue())).toList();
        if (!all.isEmpty() && found.isEmpty()) {
            posts.add(new Paragraph(getTranslation("discussion.moderate.nothing-found", search.getValue().strip())));
        }
        found.forEach(post -> posts.add(post(post)));
    }

    /** The instructor's own reply under a post, shown to the class with her name and the instructor's label. */
    private Div replyForm(ModeratedPost post) {
        TextArea field = new TextArea(getTranslation("discussion.moderate.reply-to", AuthorNames.shown(post.author())));
        field.setWidthFull();
        TypingLimit.on(field, DiscussionService.MAX_REPLY_LENGTH, getTranslation("discussion.moderate.reply-helper"));
        field.addClassName("instructor-reply");
        Button send = new Button(getTranslation("discussion.post-reply"), click -> {
            try {
                moderation.reply(cohortId, post.id(), field.getValue());
                render();
            } catch (IllegalArgumentException problem) {
                field.setInvalid(true);
                field.setErrorMessage(Translated.reason(problem));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(field, send);
        form.addClassName("reply-form");
        return form;
    }

    private Div post(ModeratedPost post) {
        Div box = new Div();
        box.addClassNames("work-item", "discussion-post");
        Span meta = new Span(AuthorNames.shown(post.author()) + " · " + TimeDisplay.dateTime(post.postedAt())
                + (post.revisions() > 1 ? " · " + getTranslation("discussion.moderate.edited", post.revisions()) : "")
                + (post.pinned() ? " · " + getTranslation("discussion.moderate.pinned") : "")
                + (post.hiddenReason() != null ? " · " + getTranslation("discussion.moderate.hidden", post.hiddenReason())
                        : ""));
        meta.addClassName("work-status");
        box.add(meta);
        if (post.deletedAt() != null) {
            Paragraph deleted = new Paragraph(getTranslation("discussion.moderate.deleted",
                    TimeDisplay.dateTime(post.deletedAt())));
            deleted.addClassName("deleted-note");
            box.add(deleted);
        }
        box.add(new CitedText(post.body(), course));
        if (post.revisions() > 1) {
            Details earlier = new Details(getTranslation("discussion.moderate.earlier", post.revisions() - 1));
            earlier.addClassName("post-history");
            for (SubmissionRecord version : post.versions().reversed().subList(1, post.revisions())) {
                Div entry = new Div(new Span(getTranslation("discussion.moderate.version", version.number(),
                        TimeDisplay.dateTime(version.submittedAt()))), new CitedText(version.body(), course));
                entry.addClassName("submission");
                earlier.add(entry);
            }
            box.add(earlier);
        }
        for (DiscussionThread.ReplyView reply : post.replies()) {
            Div replyBox = new Div(new Span(AuthorNames.shown(reply.author()) + " · " + TimeDisplay.dateTime(reply.repliedAt())
                    + (reply.deleted() ? " · " + getTranslation("discussion.moderate.reply-deleted") : "")));
            replyBox.addClassName("discussion-reply");
            if (reply.byInstructor()) {
                replyBox.addClassName("by-instructor");
                replyBox.add(new InstructorBadge());
            }
            replyBox.add(new CitedText(reply.body(), course));
            if (reply.deleted()) {
                replyBox.addClassName("deleted-reply");
            } else if (reply.mine() && reply.byInstructor()) {
                replyBox.add(new ConfirmedDelete(getTranslation("discussion.delete-reply"),
                        getTranslation("discussion.moderate.delete-my-reply-question"),
                        () -> moderation.deleteMyReply(cohortId, reply.id()), this::render));
            }
            box.add(replyBox);
        }
        if (post.deletedAt() == null) {
            box.add(replyForm(post));
        }
        Button pin = new Button(getTranslation(post.pinned() ? "discussion.moderate.unpin" : "discussion.moderate.pin"), click -> {
            moderation.pin(cohortId, post.id(), !post.pinned());
            render();
        });
        pin.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(pin);
        actions.addClassName("actions");
        if (post.hiddenReason() == null) {
            TextField reason = new TextField(getTranslation("discussion.moderate.reason"));
            TypingLimit.on(reason, DiscussionModerationService.MAX_REASON_LENGTH);
            Button hide = new Button(getTranslation("discussion.moderate.hide"), click -> {
                try {
                    moderation.hide(cohortId, post.id(), reason.getValue());
                    render();
                } catch (IllegalArgumentException missing) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(Translated.reason(missing));
                }
            });
            hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(reason, hide);
        } else {
            Button show = new Button(getTranslation("discussion.moderate.show"), click -> {
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
