package org.colloquy.argument;

import org.colloquy.base.Author;
import org.colloquy.base.i18n.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.UserRef;
import org.colloquy.base.AnswerText;
import org.colloquy.content.ArgueStep;
import org.colloquy.content.Citations;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.colloquy.base.i18n.Text;

/**
 * Argument maps on argue steps, built by a cohort: students add reasons (each citing the reading) and support
 * or challenge classmates' reasons; the cohort's instructors see and project the same map.
 */
@Service
public class ArgumentMapService {

    public static final int MAX_REASON_LENGTH = 1000;
    static final int MAX_REASONS_PER_MINUTE = 5;

    private final CohortService cohorts;
    private final CourseCatalog catalog;
    private final ReasonRepository reasons;
    private final VoteRepository votes;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArgumentMapService(CohortService cohorts, CourseCatalog catalog, ReasonRepository reasons, VoteRepository votes,
                       CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.reasons = reasons;
        this.votes = votes;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The map of the signed-in student's class; empty reasons if she is in no class of this course. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDENT')")
    public ArgumentMap myClassMap(String courseKey, String promptKey) {
        ArgueStep step = step(courseKey, promptKey);
        return myCohort(courseKey)
                .map(cohort -> map(cohort.id(), step, promptKey, cohorts.classmates(courseKey)))
                .orElse(new ArgumentMap(step, List.of()));
    }

    /** The map of a class the signed-in instructor teaches, with every author's name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public ArgumentMap classMap(long cohortId, String promptKey) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Map<Long, UserRef> students = cohorts.students(cohortId).stream()
                .collect(Collectors.toMap(UserRef::id, Function.identity()));
        return map(cohortId, step(cohort.courseKey(), promptKey), promptKey, students);
    }

    @Transactional
    @PreAuthorize("hasRole('STUDENT')")
    public void addReason(String courseKey, String promptKey, Side side, String text, List<String> cites) {
        step(courseKey, promptKey);
        CohortRef cohort = myCohort(courseKey).orElseThrow(() -> Refusal.of("argument.refused.join-first"));
        String body = AnswerText.clean(text).strip();
        if (body.isEmpty()) {
            throw Refusal.of("argument.refused.write-first");
        }
        if (body.length() > MAX_REASON_LENGTH) {
            throw Refusal.of("argument.refused.too-long", body.length(), MAX_REASON_LENGTH);
        }
        Course course = catalog.require(courseKey);
        Optional<Text> markProblem = Citations.problem(body, course.reading());
        if (markProblem.isPresent()) {
            throw Refusal.of("argument.refused.bad-mark", markProblem.get());
        }
        LinkedHashSet<String> allCites = new LinkedHashSet<>(cites);
        Citations.paragraphs(body, course.reading()).forEach(paragraph -> allCites.add(paragraph.id()));
        cites = List.copyOf(allCites);
        if (cites.isEmpty()) {
            throw Refusal.of("argument.refused.cite-a-paragraph");
        }
        for (String cite : cites) {
            if (course.reading().paragraph(cite).isEmpty()) {
                throw Refusal.of("argument.refused.no-such-paragraph", cite);
            }
        }
        long me = currentUser.require().id();
        if (reasons.countByAuthorIdAndCreatedAtAfter(me, clock.instant().minus(Duration.ofMinutes(1)))
                >= MAX_REASONS_PER_MINUTE) {
            throw Refusal.of("argument.refused.flood", MAX_REASONS_PER_MINUTE);
        }
        reasons.save(new Reason(cohort.id(), promptKey, me, side, body, List.copyOf(cites), clock.instant()));
        events.publishEvent(new ArgumentMapChanged(cohort.id(), promptKey));
    }

    /** Supports or challenges a classmate's reason; the same stance again takes it back. */
    @Transactional
    @PreAuthorize("hasRole('STUDENT')")
    public void judge(String courseKey, String promptKey, long reasonId, Stance stance) {
        CohortRef cohort = myCohort(courseKey).orElseThrow(() -> new AccessDeniedException("You are in no class of this course."));
        Reason reason = reasons.findByCohortIdAndPromptKeyOrderByCreatedAtAsc(cohort.id(), promptKey).stream()
                .filter(candidate -> candidate.getId() == reasonId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("That reason is not on your class's map."));
        long me = currentUser.require().id();
        if (reason.getAuthorId() == me) {
            throw Refusal.of("argument.refused.own-reason");
        }
        Vote.Key key = new Vote.Key(reasonId, me);
        var existing = votes.findById(key);
        if (existing.isPresent() && existing.get().getStance() == stance) {
            votes.deleteById(key);
        } else {
            votes.save(new Vote(reasonId, me, stance));
        }
        events.publishEvent(new ArgumentMapChanged(cohort.id(), promptKey));
    }

    private ArgumentMap map(long cohortId, ArgueStep step, String promptKey, Map<Long, UserRef> people) {
        long me = currentUser.require().id();
        List<Reason> found = reasons.findByCohortIdAndPromptKeyOrderByCreatedAtAsc(cohortId, promptKey);
        Set<Long> ids = found.stream().map(Reason::getId).collect(Collectors.toSet());
        Map<Long, List<Vote>> byReason = votes.findByReasonIdIn(ids).stream()
                .collect(Collectors.groupingBy(Vote::getReasonId));
        return new ArgumentMap(step, found.stream().map(reason -> {
            List<Vote> verdicts = byReason.getOrDefault(reason.getId(), List.of());
            UserRef author = people.get(reason.getAuthorId());
            return new ArgumentMap.ReasonView(reason.getId(),
                    reason.getAuthorId() == me ? Author.self()
                            : author == null ? Author.formerClassmate() : Author.named(author.displayName()),
                    reason.getAuthorId() == me, reason.getSide(), reason.getBody(), reason.getCites(),
                    (int) verdicts.stream().filter(vote -> vote.getStance() == Stance.SUPPORT).count(),
                    (int) verdicts.stream().filter(vote -> vote.getStance() == Stance.CHALLENGE).count(),
                    verdicts.stream().filter(vote -> vote.getUserId() == me).map(Vote::getStance).findFirst().orElse(null));
        }).toList());
    }

    private Optional<CohortRef> myCohort(String courseKey) {
        return cohorts.cohortsIAmIn().stream().filter(cohort -> cohort.courseKey().equals(courseKey)).findFirst();
    }

    private ArgueStep step(String courseKey, String promptKey) {
        return catalog.course(courseKey).flatMap(course -> course.step(promptKey))
                .filter(ArgueStep.class::isInstance).map(ArgueStep.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("There is no argument map " + promptKey + "."));
    }
}
