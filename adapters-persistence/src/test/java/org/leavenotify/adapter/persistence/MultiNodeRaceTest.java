package org.leavenotify.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.administration.MovingPeopleService;
import org.leavenotify.application.administration.port.in.ChangeManagerUseCase.ChangeManagerCommand;
import org.leavenotify.application.administration.port.in.CompleteOrganisationChangesUseCase;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.adapter.memory.InMemoryPresence;
import org.leavenotify.adapter.memory.InMemoryPushNotifications;
import org.leavenotify.application.leave.LeaveRequestService;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.notification.NotificationDispatcher;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.application.notification.port.out.OutboxClaimPort;
import org.leavenotify.application.shared.TimeOrderedIdGenerator;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.InsufficientBalance;
import org.leavenotify.domain.leave.LeavePeriod;
import org.leavenotify.domain.leave.LeavePolicy;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.OverlappingLeave;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.notification.Actor;
import org.leavenotify.domain.notification.FeedPosition;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationDraft;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.ReportingCycle;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.shared.EventId;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The guarantees that must hold with several nodes, shown with several application cores in one process
 * over one embedded store: each core has its own Spring context (so its own MongoDB client and
 * connection pool), its own clock, skewed against the others by up to ten seconds, and its own id
 * generator. Nothing is shared between them but the store, as between the nodes of a cluster; no test
 * relies on a lock in the process.
 *
 * <p>Rounds and volumes are the (200 rounds, 4 writers of 5,000 notifications); set
 * {@code -Draces.rounds=…} and {@code -Draces.notifications=…} to run longer or shorter.
 */
class MultiNodeRaceTest {

    private static final int ROUNDS = Integer.getInteger("races.rounds", 200);
    private static final int NOTIFICATIONS_PER_WRITER = Integer.getInteger("races.notifications", 5000);
    private static final Duration[] SKEWS = {Duration.ofSeconds(-10), Duration.ofSeconds(8), Duration.ofSeconds(-3),
            Duration.ofSeconds(10)};
    private static final EmployeeId READER = Employees.CAROL;

    private static final List<Node> NODES = new ArrayList<>();
    private static ExecutorService threads;

    /** One application core: its own context on the shared store, its own clock, its own services. */
    private record Node(ConfigurableApplicationContext context, LeaveRequestService leave,
                        NotificationStorePort notifications) {

        static Node on(ConfigurableApplicationContext context, Duration skew, int tag) {
            Clock clock = Clock.offset(Clock.systemUTC(), skew);
            TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock, tag);
            NotificationStorePort store = context.getBean(NotificationStorePort.class);
            InMemoryPresence presence = new InMemoryPresence();
            NotificationDispatcher dispatcher = new NotificationDispatcher(context.getBean(LeaveRequestRepositoryPort.class),
                    context.getBean(EmployeeDirectoryPort.class), store, presence, new InMemoryPushNotifications(), ids,
                    context.getBean(OutboxClaimPort.class), clock, Duration.ofSeconds(30));
            LeaveRequestService leave = new LeaveRequestService(context.getBean(LeaveRequestRepositoryPort.class),
                    context.getBean(LeaveLedgerPort.class), context.getBean(EmployeeDirectoryPort.class),
                    context.getBean(HolidayCalendarPort.class), context.getBean(LeaveAllowancePort.class), dispatcher, ids,
                    LeavePolicy.DEFAULT, clock);
            return new Node(context, leave, store);
        }
    }

    @BeforeAll
    static void fourNodesOnOneStore() {
        ConfigurableApplicationContext first = MongoStores.start(MongoStores.embeddedAt(MongoStores.freshDataDir("races")));
        String uri = first.getBean(EmbeddedMongoStore.class).connectionString();
        NODES.add(Node.on(first, SKEWS[0], 1));
        for (int i = 1; i < SKEWS.length; i++) {
            NODES.add(Node.on(MongoStores.start(Map.of("spring.mongodb.uri", uri)), SKEWS[i], i + 1));
        }
        EmployeeDirectoryPort directory = first.getBean(EmployeeDirectoryPort.class);
        List.of(Employees.alice(), Employees.bob(), Employees.carol(), Employees.hana()).forEach(directory::save);
        threads = Executors.newFixedThreadPool(SKEWS.length + 1);
    }

    @AfterAll
    static void stopTheNodes() {
        threads.shutdownNow();
        for (int i = NODES.size() - 1; i >= 0; i--) {
            NODES.get(i).context().close();
        }
    }

    @Test
    void theSameRequestSentToTwoNodesAtOnceIsAcceptedExactlyOnceEveryRound() throws Exception {
        LocalDate firstMonday = LocalDate.of(2030, 1, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        Map<String, Integer> refusals = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate day = firstMonday.plusWeeks(round / 5).plusDays(round % 5);
            SubmitLeaveRequestCommand twice = new SubmitLeaveRequestCommand(Employees.ALICE, LeaveType.UNPAID,
                    LeavePeriod.of(day, day), "double click");

            List<Outcome> outcomes = atOnce(List.of(() -> NODES.get(0).leave().submit(twice),
                    () -> NODES.get(1).leave().submit(twice)));

            assertThat(outcomes).as("round %d", round).filteredOn(Outcome::accepted).hasSize(1);
            outcomes.stream().filter(outcome -> !outcome.accepted())
                    .forEach(outcome -> refusals.merge(outcome.failure().getClass().getSimpleName(), 1, Integer::sum));
        }

        assertThat(refusals).as("why the second was refused").containsOnlyKeys(OverlappingLeave.class.getSimpleName());
        List<LeaveRequest> alices = NODES.get(2).context().getBean(LeaveRequestRepositoryPort.class)
                .findByEmployees(List.of(Employees.ALICE)).stream()
                .filter(request -> request.period().year() == 2030).toList();
        assertThat(alices).hasSize(ROUNDS).allMatch(request -> request.status() == LeaveStatus.PENDING);
        assertThat(NODES.get(3).context().getBean(LeaveLedgerPort.class).ledgerOf(Employees.ALICE, 2030).pending())
                .as("bookings left pending").isEmpty();
    }

    @Test
    void twoRequestsThatEachFitTheBalanceButNotTogetherAreNeverBothAccepted() throws Exception {
        LeaveAllowancePort allowances = NODES.get(0).context().getBean(LeaveAllowancePort.class);
        Map<String, Integer> refusals = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            int year = 2100 + round;
            allowances.setAnnualAllowance(Employees.CAROL, year, WorkingDays.of(3));
            LocalDate monday = LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            SubmitLeaveRequestCommand early = new SubmitLeaveRequestCommand(Employees.CAROL, LeaveType.ANNUAL, monday,
                    monday.plusDays(1), "early in the week");
            SubmitLeaveRequestCommand late = new SubmitLeaveRequestCommand(Employees.CAROL, LeaveType.ANNUAL,
                    monday.plusDays(3), monday.plusDays(4), "late in the week");

            Node one = NODES.get(round % NODES.size());
            Node another = NODES.get((round + 1) % NODES.size());
            List<Outcome> outcomes = atOnce(List.of(() -> one.leave().submit(early), () -> another.leave().submit(late)));

            assertThat(outcomes).as("round %d", round).filteredOn(Outcome::accepted).hasSize(1);
            outcomes.stream().filter(outcome -> !outcome.accepted())
                    .forEach(outcome -> refusals.merge(outcome.failure().getClass().getSimpleName(), 1, Integer::sum));
        }

        assertThat(refusals).as("why the second was refused").containsOnlyKeys(InsufficientBalance.class.getSimpleName());
    }

    @Test
    void oppositeMovesOnTwoNodesAtOnceNeverBuildAReportingCycle() throws Exception {
        EmployeeDirectoryPort directory = NODES.get(0).context().getBean(EmployeeDirectoryPort.class);
        Map<String, Integer> refusals = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Employee x = new Employee(new EmployeeId("x-" + round), "x-" + round, "X", Set.of(Role.EMPLOYEE, Role.MANAGER),
                    null, true);
            Employee y = new Employee(new EmployeeId("y-" + round), "y-" + round, "Y", Set.of(Role.EMPLOYEE, Role.MANAGER),
                    null, true);
            directory.save(x);
            directory.save(y);
            Node one = NODES.get(round % NODES.size());
            Node another = NODES.get((round + 1) % NODES.size());

            List<Outcome> outcomes = atOnce(List.of(() -> move(one, x.id(), y.id()), () -> move(another, y.id(), x.id())));

            assertThat(outcomes).as("round %d", round).filteredOn(Outcome::accepted).hasSize(1);
            outcomes.stream().filter(outcome -> !outcome.accepted())
                    .forEach(outcome -> refusals.merge(outcome.failure().getClass().getSimpleName(), 1, Integer::sum));
            EmployeeDirectoryPort elsewhere = NODES.get((round + 2) % NODES.size()).context().getBean(EmployeeDirectoryPort.class);
            assertThat(Arrays.asList(elsewhere.findById(x.id()).orElseThrow().managerId(),
                    elsewhere.findById(y.id()).orElseThrow().managerId()))
                    .as("round %d: exactly one of the two moved", round).containsOnlyOnce((EmployeeId) null);
        }

        assertThat(refusals).as("why the second was refused").containsOnlyKeys(ReportingCycle.class.getSimpleName());
    }

    /** HR (Hana) moves {@code employee} under {@code newManager} on this node, with the application's own service. */
    private static LeaveRequest move(Node node, EmployeeId employee, EmployeeId newManager) {
        CompleteOrganisationChangesUseCase notCompletedHere = new CompleteOrganisationChangesUseCase() {
            @Override
            public void complete(EmployeeId moved) {
                // what follows a move (requests to the new manager) is not what this race is about
            }

            @Override
            public int completePending(int limit) {
                return 0;
            }
        };
        new MovingPeopleService(node.context().getBean(EmployeeDirectoryPort.class),
                node.context().getBean(OrganisationStorePort.class), notCompletedHere,
                new TimeOrderedIdGenerator(Clock.systemUTC(), 9), Clock.systemUTC())
                .changeManager(new ChangeManagerCommand(Employees.HANA, employee, newManager));
        return null;
    }

    @Test
    void fourWritersAndAReaderCatchingUpOnOneFeedMissNothingRepeatNothingAndAgreeOnTheUnreadCount() throws Exception {
        Notification first = NODES.get(0).notifications().append(draft("start")).notification();
        AtomicInteger stillWriting = new AtomicInteger(SKEWS.length);
        List<Future<List<Notification>>> writers = new ArrayList<>();
        for (int w = 0; w < SKEWS.length; w++) {
            NotificationStorePort store = NODES.get(w).notifications();
            String writer = "w" + w;
            writers.add(threads.submit(() -> {
                try {
                    List<Notification> written = new ArrayList<>();
                    for (int i = 0; i < NOTIFICATIONS_PER_WRITER; i++) {
                        written.add(store.append(draft(writer + "-" + i)).notification());
                    }
                    return written;
                } finally {
                    stillWriting.decrementAndGet();
                }
            }));
        }
        Future<ReaderResult> reader = threads.submit(() -> readAndMarkEveryThirdRead(first.id(), stillWriting));

        List<Notification> written = new ArrayList<>();
        for (Future<List<Notification>> writer : writers) {
            written.addAll(writer.get(10, TimeUnit.MINUTES));
        }
        ReaderResult read = reader.get(10, TimeUnit.MINUTES);

        assertThat(read.seen()).extracting(Notification::id).as("in feed order, once each").isSorted()
                .doesNotHaveDuplicates();
        assertThat(read.seen()).extracting(Notification::dedupKey).as("every one written, read")
                .containsExactlyInAnyOrderElementsOf(written.stream().map(Notification::dedupKey).toList());
        assertThat(read.seen()).extracting(notification -> FeedPosition.of(notification.id()).orElseThrow().place())
                .as("places without a hole")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, written.size()).boxed().toList());
        long heldUnread = 1 + read.seen().size() - read.markedRead();
        for (Node node : NODES) {
            assertThat(node.notifications().countUnread(READER)).as("the unread count every node reads")
                    .isEqualTo(heldUnread);
        }
    }

    private record ReaderResult(List<Notification> seen, long markedRead) {
    }

    /** Pages after its cursor on node after node, as a client moving between nodes would, and marks every third one read. */
    private static ReaderResult readAndMarkEveryThirdRead(NotificationId start, AtomicInteger stillWriting) {
        List<Notification> seen = new ArrayList<>();
        long marked = 0;
        NotificationId after = start;
        for (int page = 0; ; page++) {
            boolean writersDone = stillWriting.get() == 0;
            NotificationStorePort node = NODES.get(page % NODES.size()).notifications();
            List<Notification> found = node.findPage(new NotificationPageRequest(READER, null, after, 100, false));
            List<Notification> shown = found.subList(0, Math.min(100, found.size()));
            for (Notification notification : shown) {
                seen.add(notification);
                if (seen.size() % 3 == 0) {
                    NotificationStorePort other = NODES.get((page + 1) % NODES.size()).notifications();
                    assertThat(other.markRead(READER, notification.id(), notification.createdAt())).isTrue();
                    marked++;
                }
            }
            if (!shown.isEmpty()) {
                after = shown.get(shown.size() - 1).id();
            } else if (writersDone) {
                return new ReaderResult(seen, marked);
            }
        }
    }

    private static NotificationDraft draft(String event) {
        return new NotificationDraft(new EventId(event), READER, NotificationType.LEAVE_REQUEST_APPROVED,
                "Your leave request was approved", "Bob Baker approved your leave.", null,
                new Actor(Employees.BOB, "Bob Baker"), Clock.systemUTC().instant());
    }

    private record Outcome(LeaveRequest request, Throwable failure) {
        boolean accepted() {
            return failure == null;
        }
    }

    /** Runs the submissions on their own threads at the same moment and collects what each did. */
    private static List<Outcome> atOnce(List<Callable<LeaveRequest>> submissions) throws Exception {
        CyclicBarrier start = new CyclicBarrier(submissions.size());
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Callable<LeaveRequest> submission : submissions) {
            futures.add(threads.submit(() -> {
                start.await();
                try {
                    return new Outcome(submission.call(), null);
                } catch (RuntimeException refused) {
                    return new Outcome(null, refused);
                }
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get(1, TimeUnit.MINUTES));
        }
        return outcomes;
    }
}
