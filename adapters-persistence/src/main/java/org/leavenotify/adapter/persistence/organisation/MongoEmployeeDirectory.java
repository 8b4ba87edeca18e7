package org.leavenotify.adapter.persistence.organisation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.adapter.persistence.MongoIndexes;
import org.leavenotify.application.administration.OrganisationChange;
import org.leavenotify.application.administration.OrganisationRevision;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.ManagerChanged;
import org.leavenotify.domain.organisation.OrganisationEvent;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.organisation.UsernameTaken;
import org.leavenotify.domain.shared.EventId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.BasicUpdate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The employee directory on MongoDB, one document per employee with the outbox of their organisation
 * events. Every write is one single-document operation: an insert that the unique {@code _id} and
 * username refuse for someone who exists, or an upsert that sets the employee's fields (and appends
 * events) without touching what else the document holds. A duplicate username leaves as the domain's
 * {@link UsernameTaken}, never as a driver exception.
 *
 * <p>HR's changes are ordered by the organisation's revision ({@link OrganisationRevisionDocument}): taking
 * the next one is a conditional update of that one document; writing a change to an employee is an update
 * conditional on the revision the employee was last written at being older, so that writing it again (its
 * own node and another finishing it at once) changes nothing and never undoes a later change.
 */
final class MongoEmployeeDirectory implements EmployeeDirectoryPort, OrganisationStorePort {

    static final String COLLECTION = "employees";

    private static final String OUTBOX_NOT_EMPTY = "outbox.0";
    private static final String MANAGER_CHANGED = "MANAGER_CHANGED";
    /** The organisation revision an HR change last wrote the employee at (absent: never). */
    private static final String REVISION = "revision";

    private final SpringDataEmployeeRepository employees;
    private final MongoTemplate mongo;

    MongoEmployeeDirectory(SpringDataEmployeeRepository employees, MongoTemplate mongo) {
        this.employees = employees;
        this.mongo = mongo;
    }

    /**
     * Log-in looks employees up by username (unique, so the embedded store uses it too); teams by
     * manager; the sweep by a non-empty outbox (a partial index that holds only those, usually none).
     */
    void createIndexes(MongoIndexes indexes) {
        indexes.ensure(COLLECTION,
                new Index().on("username", Direction.ASC).unique().named("employee_username"),
                new Index().on("managerId", Direction.ASC).named("employees_by_manager"),
                new Index().on("_id", Direction.ASC)
                        .partial(PartialIndexFilter.of(new Document(OUTBOX_NOT_EMPTY, new Document("$exists", true))))
                        .named("employees_with_undispatched_events"));
    }

    @Override
    public Optional<Employee> findById(EmployeeId id) {
        return MongoCalls.call("loading employee " + id, () -> employees.findById(id.value()).map(this::toDomain));
    }

    @Override
    public Optional<Employee> findByUsername(String username) {
        return MongoCalls.call("looking up a username", () -> employees.findByUsername(username).map(this::toDomain));
    }

    @Override
    public List<Employee> findReportsOf(EmployeeId manager) {
        return MongoCalls.call("loading the reports of " + manager, () ->
                employees.findByManagerIdOrderByIdAsc(manager.value()).stream().map(this::toDomain).toList());
    }

    @Override
    public List<Employee> findActiveWithRole(Role role) {
        return MongoCalls.call("loading the active holders of " + role, () ->
                employees.findByRolesAndActiveTrueOrderByIdAsc(role.name()).stream().map(this::toDomain).toList());
    }

    @Override
    public void save(Employee employee) {
        upsert(employee, List.of());
    }

    @Override
    public void insert(Employee employee) {
        MongoCalls.run("adding employee " + employee.id(), () -> {
            try {
                mongo.insert(toDocument(employee), COLLECTION);
            } catch (DuplicateKeyException taken) {
                throw new UsernameTaken(employee.username());
            }
        });
    }

    @Override
    public void saveWithEvents(Employee employee, List<OrganisationEvent> events) {
        upsert(employee, events);
    }

    @Override
    public List<Employee> findAll() {
        return MongoCalls.call("listing the employees", () ->
                mongo.find(new Query().with(Sort.by(Direction.ASC, "username")), EmployeeDocument.class, COLLECTION)
                        .stream().map(this::toDomain).toList());
    }

    @Override
    public List<EmployeeId> findWithUndispatchedEvents(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Query query = query(where(OUTBOX_NOT_EMPTY).exists(true)).with(Sort.by(Direction.ASC, "_id")).limit(limit);
        query.fields().include("_id");
        return MongoCalls.call("looking for undispatched organisation events", () ->
                mongo.find(query, Document.class, COLLECTION).stream()
                        // a username of 24 hexadecimal characters is stored as an ObjectId, as Spring Data does
                        .map(document -> new EmployeeId(document.get("_id").toString()))
                        .toList());
    }

    @Override
    public List<OrganisationEvent> undispatchedEvents(EmployeeId employee) {
        return MongoCalls.call("loading the outbox of employee " + employee, () ->
                employees.findById(employee.value())
                        .map(document -> document.outbox() == null ? List.<OrganisationEvent>of()
                                : document.outbox().stream().map(event -> toDomain(event, document.id())).toList())
                        .orElse(List.of()));
    }

    /** One atomic update that pulls the events out of the outbox, if any of them is there. */
    @Override
    public void markDispatched(EmployeeId employee, Set<EventId> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        List<String> ids = eventIds.stream().map(EventId::value).toList();
        Query holdingAny = query(where("_id").is(employee.value()).and("outbox.eventId").in(ids));
        var update = new BasicUpdate(new Document("$pull",
                new Document("outbox", new Document("eventId", new Document("$in", ids)))));
        MongoCalls.run("marking organisation events of " + employee + " dispatched", () ->
                mongo.updateFirst(holdingAny, update, COLLECTION));
    }

    @Override
    public OrganisationRevision revision() {
        return MongoCalls.call("reading the organisation's revision", () -> {
            OrganisationRevisionDocument document = mongo.findById(OrganisationRevisionDocument.ID,
                    OrganisationRevisionDocument.class, OrganisationRevisionDocument.COLLECTION);
            if (document == null) {
                return OrganisationRevision.initial();
            }
            return new OrganisationRevision(document.number(), Optional.ofNullable(document.pending()).map(this::toDomain));
        });
    }

    @Override
    public boolean takeRevision(long expected, OrganisationChange change) {
        OrganisationRevisionDocument.Change pending = toDocument(change);
        return MongoCalls.call("taking organisation revision " + (expected + 1), () -> {
            if (expected == 0) {
                try {
                    mongo.insert(new OrganisationRevisionDocument(OrganisationRevisionDocument.ID, 1, pending),
                            OrganisationRevisionDocument.COLLECTION);
                    return true;
                } catch (DuplicateKeyException someoneElseFirst) {
                    return false;
                }
            }
            Query unchanged = query(where("_id").is(OrganisationRevisionDocument.ID).and("number").is(expected)
                    .and("pending").is(null));
            Update next = new Update().set("number", expected + 1).set("pending", pending);
            return mongo.updateFirst(unchanged, next, OrganisationRevisionDocument.COLLECTION).getModifiedCount() == 1;
        });
    }

    @Override
    public void applyRevision(long revision, OrganisationChange change) {
        for (OrganisationChange.EmployeeWrite write : change.writes()) {
            if (write.hired()) {
                hire(revision, write.employee());
            } else {
                rewrite(revision, write.employee(), write.events());
            }
        }
    }

    @Override
    public void revisionApplied(long revision) {
        Query atThatRevision = query(where("_id").is(OrganisationRevisionDocument.ID).and("number").is(revision));
        MongoCalls.run("finishing organisation revision " + revision, () ->
                mongo.updateFirst(atThatRevision, new Update().unset("pending"), OrganisationRevisionDocument.COLLECTION));
    }

    /** Inserts someone new at this revision: refused by the unique id and username if they are there already. */
    private void hire(long revision, Employee employee) {
        Document document = new Document();
        mongo.getConverter().write(toDocument(employee), document);
        document.put(REVISION, revision);
        MongoCalls.run("adding employee " + employee.id(), () -> {
            try {
                mongo.insert(document, COLLECTION);
            } catch (DuplicateKeyException writtenOrTaken) {
                // written by this revision already, or the id or username was taken outside HR's changes
            }
        });
    }

    /** Sets the employee's fields and appends the events, unless they were written at this revision or later. */
    private void rewrite(long revision, Employee employee, List<OrganisationEvent> events) {
        Query older = query(new Criteria().andOperator(where("_id").is(employee.id().value()),
                new Criteria().orOperator(where(REVISION).exists(false), where(REVISION).lt(revision))));
        Update update = fieldsOf(employee).set(REVISION, revision);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.stream().map(MongoEmployeeDirectory::toDocument).toArray());
        }
        MongoCalls.run("saving employee " + employee.id() + " at organisation revision " + revision, () -> {
            try {
                mongo.updateFirst(older, update, COLLECTION);
            } catch (DuplicateKeyException taken) {
                throw new UsernameTaken(employee.username());
            }
        });
    }

    private OrganisationRevisionDocument.Change toDocument(OrganisationChange change) {
        return new OrganisationRevisionDocument.Change(change.writes().stream()
                .map(write -> new OrganisationRevisionDocument.Write(toDocument(write.employee()), write.hired(),
                        write.events().stream().map(MongoEmployeeDirectory::toDocument).toList()))
                .toList());
    }

    private OrganisationChange toDomain(OrganisationRevisionDocument.Change change) {
        return new OrganisationChange(change.writes().stream()
                .map(write -> new OrganisationChange.EmployeeWrite(toDomain(write.employee()), write.hired(),
                        write.events() == null ? List.of()
                                : write.events().stream().map(event -> toDomain(event, write.employee().id())).toList()))
                .toList());
    }

    /** Sets every field of the employee, appends the events, creates the document if need be: one write. */
    private void upsert(Employee employee, List<OrganisationEvent> events) {
        Update update = fieldsOf(employee);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.stream().map(MongoEmployeeDirectory::toDocument).toArray());
        }
        MongoCalls.run("saving employee " + employee.id(), () -> {
            try {
                mongo.upsert(query(where("_id").is(employee.id().value())), update, COLLECTION);
            } catch (DuplicateKeyException taken) {
                throw new UsernameTaken(employee.username());
            }
        });
    }

    private static Update fieldsOf(Employee employee) {
        return new Update()
                .set("username", employee.username())
                .set("displayName", employee.displayName())
                .set("roles", roleNames(employee))
                .set("managerId", valueOf(employee.managerId()))
                .set("active", employee.active());
    }

    private EmployeeDocument toDocument(Employee employee) {
        return new EmployeeDocument(employee.id().value(), employee.username(), employee.displayName(),
                roleNames(employee), valueOf(employee.managerId()), employee.active(), List.of());
    }

    private static List<String> roleNames(Employee employee) {
        return employee.roles().stream().map(Role::name).sorted().toList();
    }

    private Employee toDomain(EmployeeDocument document) {
        Set<Role> roles = document.roles() == null || document.roles().isEmpty() ? Set.of()
                : document.roles().stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Employee(new EmployeeId(document.id()), document.username(), document.displayName(), roles,
                employeeId(document.managerId()), document.active());
    }

    private static OrganisationEventDocument toDocument(OrganisationEvent event) {
        ManagerChanged changed = event.match(managerChanged -> managerChanged);
        return new OrganisationEventDocument(changed.eventId().value(), MANAGER_CHANGED,
                valueOf(changed.previousManagerId()), valueOf(changed.newManagerId()), changed.actorId().value(),
                changed.occurredAt());
    }

    private static OrganisationEvent toDomain(OrganisationEventDocument document, String employeeId) {
        if (!MANAGER_CHANGED.equals(document.kind())) {
            throw new IllegalStateException("Unknown kind of organisation event in the store: " + document.kind());
        }
        return new ManagerChanged(new EventId(document.eventId()), new EmployeeId(employeeId),
                employeeId(document.previousManagerId()), employeeId(document.newManagerId()),
                new EmployeeId(document.actorId()), document.occurredAt());
    }

    private static String valueOf(EmployeeId id) {
        return id == null ? null : id.value();
    }

    private static EmployeeId employeeId(String value) {
        return value == null ? null : new EmployeeId(value);
    }
}
