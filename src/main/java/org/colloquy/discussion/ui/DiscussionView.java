package org.colloquy.discussion.ui;

import com.vaadin.flow.component.button.Button;
import org.colloquy.base.ui.TypingLimit;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import org.colloquy.base.i18n.Translated;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.colloquy.base.ui.TimeDisplay;
import org.colloquy.content.DiscussStep;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.StepText;
import org.colloquy.content.ui.CitedText;
import org.colloquy.content.ui.ProseView;
import org.colloquy.discussion.DiscussionService;
import org.colloquy.discussion.DiscussionThread;
import org.springframework.security.access.AccessDeniedException;
import org.colloquy.lesson.ui.LessonPages;
import org.colloquy.base.ui.PageAddress;

/** A discussion prompt's thread in the student's class: posts, replies and helpful marks, after posting first. */
@Route(LessonPages.DISCUSSION)
@RolesAllowed("STUDENT")
class DiscussionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("discussion.page-title");
    }


    private final DiscussionService discussions;
    private final CourseCatalog catalog;
    private final Div thread = new Div();
    private String courseKey = "";
    private String promptKey = "";
    private Course course;

    DiscussionView(DiscussionService discussions, CourseCatalog catalog) {
        this.discussions = discussions;
        this.catalog = catalog;
        setId("main-content");
        addClassNames("page", "discussion-view");
        thread.addClassName("discussion-thread");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseKey = event.getRouteParameters().get("courseKey").orElse("");
        String lessonKey = event.getRouteParameters().get("lessonKey").orElse("");
        promptKey = lessonKey + "/" + event.getRouteParameters().get("stepKey").orElse("");
        course = catalog.course(courseKey).orElseThrow(NotFoundException::new);
        var step = course.step(promptKey).filter(DiscussStep.class::isInstance).orElseThrow(NotFoundException::new);
        removeAll();
        add(new Anchor(LessonPages.lesson(courseKey, lessonKey), getTranslation("discussion.back")));
        add(new H1(getTranslation("discussion.heading")));
        add(new ProseView(StepText.question(step), course.reading()));
        add(thread);
        render();
    }

    private void render() {
        thread.removeAll();
        DiscussionThread found;
        try {
            found = discussions.thread(courseKey, promptKey);
        } catch (AccessDeniedException notYet) {
            Paragraph locked = new Paragraph(Translated.reason(notYet));
            locked.addClassName("discussion-locked");
            thread.add(rule(discussions.anonymousToPeers(courseKey, promptKey)), locked);
            return;
        }
        thread.add(rule(found.anonymous()));
        if (found.locked()) {
            Paragraph locked = new Paragraph(getTranslation("discussion.locked"));
            locked.addClassName("discussion-locked");
            thread.add(locked);
        }
        if (found.posts().size() == 1) {
            thread.add(new Paragraph(getTranslation("discussion.no-classmate-yet")));
        }
        found.posts().forEach(post -> thread.add(post(post, found.locked())));
    }

    private Paragraph rule(boolean anonymous) {
        Paragraph rule = new Paragraph(getTranslation(anonymous ? "discussion.rule.anonymous" : "discussion.rule.named"));
        rule.addClassName("attribution");
        return rule;
    }

    private Div post(DiscussionThread.Post post, boolean locked) {
        Div box = new Div();
        box.addClassNames("work-item", "discussion-post");
        if (post.deleted()) {
            box.addClassName("deleted-post");
            Paragraph gone = new Paragraph(getTranslation(post.mine() ? "discussion.deleted.mine" : "discussion.deleted.theirs"));
            gone.addClassName("deleted-note");
            box.add(gone);
            post.replies().forEach(reply -> box.add(reply(reply)));
            return box;
        }
        Span meta = new Span(AuthorNames.shown(post.author()) + " · " + TimeDisplay.dateTime(post.postedAt())
                + (post.helpful() > 0 ? " · " + getTranslation("discussion.helpful-to", post.helpful()) : ""));
        meta.addClassName("work-status");
        box.add(meta);
        if (post.pinned()) {
            Span pinned = new Span(getTranslation("discussion.pinned"));
            pinned.addClassName("pinned-badge");
            box.add(pinned);
        }
        if (post.hiddenReason() != null) {
            Paragraph hidden = new Paragraph(getTranslation("discussion.hidden", post.hiddenReason()));
            hidden.addClassName("discussion-locked");
            box.add(hidden);
        }
        box.add(new CitedText(post.body(), course));
        if (post.mine()) {
            box.add(ownPostActions(post));
        }
        post.replies().forEach(reply -> box.add(reply(reply)));
        TextArea replyField = new TextArea(post.mine() ? getTranslation("discussion.reply-to-mine")
                : getTranslation("discussion.reply-to", AuthorNames.shown(post.author())));
        replyField.setWidthFull();
        TypingLimit.on(replyField, DiscussionService.MAX_REPLY_LENGTH, getTranslation("discussion.reply-helper"));
        Button send = new Button(getTranslation("discussion.post-reply"), click -> {
            try {
                discussions.reply(courseKey, promptKey, post.id(), replyField.getValue());
                render();
            } catch (IllegalArgumentException problem) {
                replyField.setInvalid(true);
                replyField.setErrorMessage(Translated.reason(problem));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(send);
        actions.addClassName("actions");
        if (!post.mine()) {
            Button helpfulButton = new Button(getTranslation(post.markedHelpfulByMe() ? "discussion.marked-helpful"
                    : "discussion.mark-helpful"), click -> {
                discussions.toggleHelpful(courseKey, promptKey, post.id());
                render();
            });
            helpfulButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            helpfulButton.getElement().setAttribute("aria-pressed", String.valueOf(post.markedHelpfulByMe()));
            actions.add(helpfulButton);
        }
        if (!locked) {
            box.add(replyField, actions);
        } else if (actions.getChildren().count() > 1) {
            send.setVisible(false);
            box.add(actions);
        }
        return box;
    }

    private Div reply(DiscussionThread.ReplyView reply) {
        Div replyBox = new Div();
        replyBox.addClassName("discussion-reply");
        Span who = new Span(AuthorNames.shown(reply.author()) + " · " + TimeDisplay.dateTime(reply.repliedAt()));
        who.addClassName("work-status");
        replyBox.add(who);
        if (reply.byInstructor()) {
            replyBox.addClassName("by-instructor");
            replyBox.add(new InstructorBadge());
        }
        replyBox.add(new CitedText(reply.body(), course));
        if (reply.mine()) {
            replyBox.add(new ConfirmedDelete(getTranslation("discussion.delete-reply"),
                    getTranslation("discussion.delete-reply-question"),
                    () -> discussions.deleteMyReply(courseKey, promptKey, reply.id()), this::render));
        }
        return replyBox;
    }

    private Div ownPostActions(DiscussionThread.Post post) {
        Anchor edit = new Anchor(LessonPages.lesson(courseKey, PageAddress.lessonAndStep(promptKey).get(0)),
                getTranslation("discussion.edit"));
        edit.addClassName("edit-post");
        Div actions = new ConfirmedDelete(getTranslation("discussion.delete-post"),
                getTranslation("discussion.delete-post-question"),
                () -> discussions.deleteMyPost(courseKey, promptKey, post.id()), this::render);
        actions.addComponentAsFirst(edit);
        return actions;
    }
}
