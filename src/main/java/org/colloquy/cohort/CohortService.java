package org.colloquy.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquy.base.AnswerText;
import org.colloquy.base.i18n.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.colloquy.identity.AccountAdministration;
import org.colloquy.identity.AccountService;
import org.colloquy.identity.IssuedLink;
import org.colloquy.identity.AppUser;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.JoinCodeGuesses;
import org.colloquy.identity.Role;
import org.colloquy.identity.UserRef;
import org.colloquy.identity.Usernames;
import java.util.Map;

/**
 * Cohorts: who teaches them, who is enrolled, and joining with a code. An instructor only ever reaches the
 * cohorts they teach; {@link #requireTeaching} is the check other features call before showing class data.
 */
@Service
public class CohortService {

    public static final int MAX_NAME_LENGTH = 120;

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CohortInvitationRepository invitations;
    private final CohortPeople people;
    private final AccountService accounts;
    private final AccountAdministration administration;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JoinCodeGuesses guesses;

    CohortService(CohortRepository cohorts, CohortMemberRepository members, CohortInvitationRepository invitations,
                  CohortPeople users, AccountService accounts, AccountAdministration administration,
                  CurrentUser currentUser, Clock clock, JoinCodeGuesses guesses) {
        this.guesses = guesses;
        this.administration = administration;
        this.cohorts = cohorts;
        this.members = members;
        this.invitations = invitations;
        this.people = users;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public CohortRef createCohort(String courseKey, String name) {
        String cleanName = AnswerText.oneLine(name);
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME_LENGTH) {
            throw Refusal.of("account.refused.class-name-length", MAX_NAME_LENGTH);
        }
        Cohort cohort = cohorts.save(new Cohort(courseKey, cleanName, freshJoinCode(), currentUser.require().id(),
                clock.instant()));
        return ref(cohort);
    }

    /** The classes the signed-in person teaches: as an instructor, or as a seminar leader the class asked in. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'SEMINAR_LEADER')")
    public List<CohortRef> cohortsITeach() {
        return cohorts.findTaughtBy(currentUser.require().id()).stream().map(this::ref).toList();
    }

    /** The cohort, if the signed-in person teaches it; otherwise access is denied, whatever the id. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'SEMINAR_LEADER')")
    public CohortRef requireTeaching(long cohortId) {
        return ref(teaching(cohortId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'SEMINAR_LEADER')")
    public List<UserRef> students(long cohortId) {
        teaching(cohortId);
        Set<Long> ids = members.findByCohortId(cohortId).stream().map(CohortMember::getUserId)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return List.of();
        }
        return people.findWithRolesByIdIn(ids).stream().map(UserRef::of)
                .sorted(Comparator.comparing(UserRef::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void addInstructor(long cohortId, String username) {
        Cohort cohort = teaching(cohortId);
        String name = Usernames.canonical(username);
        AppUser colleague = Usernames.accountName(name).flatMap(people::findByUsername)
                .filter(user -> user.getRoles().contains(Role.INSTRUCTOR))
                .orElseThrow(() -> Refusal.of("account.refused.no-such-instructor", JoinCodes.quotable(name)));
        cohort.addInstructor(Objects.requireNonNull(colleague.getId()));
    }

    /**
     * Asks a colleague to teach the class with the signed-in instructor: someone with an account (by username or
     * address) who already is an instructor or a seminar leader joins its teachers; an address nobody has becomes an
     * account with that role, and its one-time link to hand out (announced for mail to send).
     */
    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public TeamInvitation inviteToTeach(long cohortId, String usernameOrEmail, String displayName, Role role) {
        Cohort cohort = teaching(cohortId);
        if (role != Role.INSTRUCTOR && role != Role.SEMINAR_LEADER) {
            throw new AccessDeniedException("A class is taught by instructors and seminar leaders only.");
        }
        UserRef colleague = administration.findColleague(usernameOrEmail).orElse(null);
        if (colleague != null) {
            if (!colleague.has(Role.INSTRUCTOR) && !colleague.has(Role.SEMINAR_LEADER)) {
                throw Refusal.of("account.refused.not-a-teacher", colleague.displayName());
            }
            cohort.addInstructor(colleague.id());
            return new TeamInvitation.Added(colleague.displayName());
        }
        String typed = AnswerText.oneLine(usernameOrEmail);
        if (!typed.contains("@")) {
            throw Refusal.of("account.refused.no-such-colleague", JoinCodes.quotable(typed));
        }
        if (AnswerText.oneLine(displayName).isEmpty() && !AccountAdministration.hasLineBreak(displayName)) {
            throw Refusal.of("account.refused.colleague-name-needed");
        }
        IssuedLink link = administration.inviteColleague(displayName, usernameOrEmail, role);
        cohort.addInstructor(link.accountId());
        return new TeamInvitation.Invited(AnswerText.oneLine(displayName), typed.toLowerCase(java.util.Locale.ROOT),
                link);
    }

    /**
     * Joins the class with this code. After too many codes that name no class, from her account or her address, she
     * is refused for a while (decision 0050); under that limit a right code always joins.
     *
     * @throws Refusal saying when to try again, while she waits
     */
    @Transactional
    @PreAuthorize("hasRole('STUDENT')")
    public JoinResult join(String typedCode) {
        refuseWhileGuessingPaused();
        return joinAs(currentUser.require().id(), typedCode);
    }

    /** Creates a student account and enrols it, for someone who arrives with a join code and no account. */
    @Transactional
    @PreAuthorize("isAnonymous()")
    public JoinResult signUpAndJoin(String typedCode, String username, String displayName, String password) {
        refuseWhileGuessingPaused();
        String code = JoinCodes.normalise(typedCode);
        if (cohorts.findByJoinCode(code).isEmpty()) {
            countIfGuessed(code);
            return new JoinResult.UnknownCode(typedCode.strip());
        }
        String name = AnswerText.oneLine(displayName);
        if (name.isEmpty() || name.length() > AccountService.MAX_DISPLAY_NAME_LENGTH) {
            throw Refusal.of("account.refused.name-length", AccountService.MAX_DISPLAY_NAME_LENGTH);
        }
        UserRef student = accounts.signUpStudent(username, displayName, password);
        return joinAs(student.id(), code);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CohortRef> cohortsIAmIn() {
        return members.findByUserId(currentUser.require().id()).stream()
                .map(member -> cohorts.findById(member.getCohortId()).orElseThrow())
                .map(this::ref)
                .toList();
    }

    /** The other students who share a cohort of this course with the signed-in student, by id. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDENT')")
    public Map<Long, UserRef> classmates(String courseKey) {
        long me = currentUser.require().id();
        Set<Long> ids = members.findByUserId(me).stream()
                .map(member -> cohorts.findById(member.getCohortId()).orElseThrow())
                .filter(cohort -> cohort.getCourseKey().equals(courseKey))
                .flatMap(cohort -> members.findByCohortId(Objects.requireNonNull(cohort.getId())).stream())
                .map(CohortMember::getUserId)
                .filter(id -> id != me)
                .collect(Collectors.toSet());
        return people.findAllById(ids).stream().map(UserRef::of)
                .collect(Collectors.toMap(UserRef::id, user -> user));
    }

    /** The instructors of the signed-in student's classes of this course, by id: whose replies say they are theirs. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STUDENT')")
    public Map<Long, UserRef> myInstructors(String courseKey) {
        Set<Long> ids = members.findByUserId(currentUser.require().id()).stream()
                .map(member -> cohorts.findById(member.getCohortId()).orElseThrow())
                .filter(cohort -> cohort.getCourseKey().equals(courseKey))
                .flatMap(cohort -> cohort.getInstructorIds().stream())
                .collect(Collectors.toSet());
        return people.findAllById(ids).stream().map(UserRef::of)
                .collect(Collectors.toMap(UserRef::id, user -> user));
    }

    /** Ids of the students of a cohort the signed-in instructor teaches. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Set<Long> studentIds(long cohortId) {
        teaching(cohortId);
        return members.findByCohortId(cohortId).stream().map(CohortMember::getUserId).collect(Collectors.toSet());
    }

    /**
     * Ids of a class's students, for work the application does on its own (the schedule's reminders run as the
     * system, role {@code SYSTEM}, which no person has): nobody signed in may call it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public Set<Long> studentIdsForTheSystem(long cohortId) {
        return members.findByCohortId(cohortId).stream().map(CohortMember::getUserId).collect(Collectors.toSet());
    }

    /**
     * A class's name, for work the application does on its own (a reminder names the class it is for): only the
     * system (role {@code SYSTEM}) may call it; empty for a class that no longer exists.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public String nameForTheSystem(long cohortId) {
        return cohorts.findById(cohortId).map(Cohort::getName).orElse("");
    }

    /**
     * When each student of a cohort the signed-in instructor teaches joined it, by id: its instructors see only
     * work done since (decision 0032).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Map<Long, Instant> joinedAt(long cohortId) {
        teaching(cohortId);
        return members.findByCohortId(cohortId).stream()
                .collect(Collectors.toMap(CohortMember::getUserId, CohortMember::getJoinedAt));
    }

    /** The cohorts a person is enrolled in, for an admin answering that person's data-subject request. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<CohortRef> cohortsOf(long userId) {
        return members.findByUserId(userId).stream()
                .map(member -> cohorts.findById(member.getCohortId()).orElseThrow())
                .map(this::ref)
                .toList();
    }

    /**
     * The names of the classes each of these people teaches or is in, by id, for an admin's list of people: a class
     * taught is named as it is, a class she is in as well. Nobody in the list without classes is left out.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Map<Long, List<String>> classNamesOf(java.util.Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, java.util.TreeSet<String>> names = new java.util.HashMap<>();
        for (Cohort cohort : cohorts.findTaughtByAnyOf(userIds)) {
            cohort.getInstructorIds().stream().filter(userIds::contains)
                    .forEach(id -> names.computeIfAbsent(id, none -> new java.util.TreeSet<>()).add(cohort.getName()));
        }
        List<CohortMember> memberships = members.findByUserIdIn(userIds);
        Map<Long, String> cohortNames = new java.util.HashMap<>();
        cohorts.findAllById(memberships.stream().map(CohortMember::getCohortId).collect(Collectors.toSet()))
                .forEach(cohort -> cohortNames.put(Objects.requireNonNull(cohort.getId()), cohort.getName()));
        for (CohortMember membership : memberships) {
            String name = cohortNames.get(membership.getCohortId());
            if (name != null) {
                names.computeIfAbsent(membership.getUserId(), none -> new java.util.TreeSet<>()).add(name);
            }
        }
        Map<Long, List<String>> result = new java.util.HashMap<>();
        names.forEach((id, set) -> result.put(id, List.copyOf(set)));
        return result;
    }

    /** Creates a cohort with a chosen code while nobody is signed in: demo data only. */
    @Transactional
    CohortRef createAtStartup(String courseKey, String name, String joinCode, long instructorId) {
        return ref(cohorts.save(new Cohort(courseKey, name, joinCode, instructorId, clock.instant())));
    }

    /**
     * Enrols a student without asking who is signed in: demo data, new accounts from a class list and accepted
     * invitations only. Any invitation to the cohort is used up.
     */
    @Transactional
    void enrol(long cohortId, long userId) {
        if (!members.existsByCohortIdAndUserId(cohortId, userId)) {
            members.save(new CohortMember(cohortId, userId, clock.instant()));
        }
        invitations.findById(new CohortMember.Key(cohortId, userId)).ifPresent(invitations::delete);
    }

    boolean isMember(long cohortId, long userId) {
        return members.existsByCohortIdAndUserId(cohortId, userId);
    }

    /** The cohort by id, for a student answering an invitation to it: no check of who is signed in. */
    Optional<CohortRef> find(long cohortId) {
        return cohorts.findById(cohortId).map(this::ref);
    }

    private JoinResult joinAs(long userId, String typedCode) {
        String code = JoinCodes.normalise(typedCode);
        Cohort cohort = cohorts.findByJoinCode(code).orElse(null);
        if (cohort == null) {
            countIfGuessed(code);
            return new JoinResult.UnknownCode(typedCode.strip());
        }
        long cohortId = Objects.requireNonNull(cohort.getId());
        if (members.existsByCohortIdAndUserId(cohortId, userId)) {
            return new JoinResult.AlreadyMember(ref(cohort));
        }
        enrol(cohortId, userId);
        return new JoinResult.Joined(ref(cohort));
    }

    private void refuseWhileGuessingPaused() {
        guesses.refusal().ifPresent(paused -> {
            throw new Refusal(paused);
        });
    }

    /** An empty code is no guess. */
    private void countIfGuessed(String code) {
        if (!code.isEmpty()) {
            guesses.wrongCode();
        }
    }

    private Cohort teaching(long cohortId) {
        long me = currentUser.require().id();
        return cohorts.findById(cohortId)
                .filter(cohort -> cohort.isTaughtBy(me))
                .orElseThrow(() -> new AccessDeniedException("You do not teach this class."));
    }

    private String freshJoinCode() {
        String code;
        do {
            code = JoinCodes.next();
        } while (cohorts.existsByJoinCode(code));
        return code;
    }

    private CohortRef ref(Cohort cohort) {
        long id = Objects.requireNonNull(cohort.getId());
        return new CohortRef(id, cohort.getCourseKey(), cohort.getName(), cohort.getJoinCode(), members.countByCohortId(id));
    }
}
