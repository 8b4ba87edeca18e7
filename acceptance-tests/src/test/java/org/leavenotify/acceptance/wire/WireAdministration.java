package org.leavenotify.acceptance.wire;

import static org.leavenotify.acceptance.wire.WireWorld.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.leavenotify.acceptance.steps.Administration;
import org.leavenotify.acceptance.steps.ListRefused;
import org.leavenotify.acceptance.steps.NewEmployee;
import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.acceptance.steps.Refusal;
import org.leavenotify.acceptance.steps.Refused;

/** HR running the organisation, over HTTP. */
class WireAdministration implements Administration {

    private final WireWorld world;
    private final Http http;
    private final Map<String, String> passwords;

    WireAdministration(WireWorld world) {
        this.world = world;
        this.http = world.http();
        this.passwords = world.passwords();
    }

    @Override
    public void addEmployee(Persona hr, NewEmployee employee) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", employee.username());
        body.put("displayName", employee.displayName());
        body.put("roles", employee.roles());
        body.put("managerId", employee.managerUsername());
        body.put("annualAllowance", employee.annualDays());
        body.put("initialPassword", employee.password());
        http.post("/api/admin/employees", token(hr), body);
        passwords.put(employee.username(), employee.password());
    }

    /** As a CSV file with a header line, so the first person is on line 2 of the file. */
    @Override
    public List<String> addFromList(Persona hr, List<NewEmployee> people) {
        StringBuilder csv = new StringBuilder("username,displayName,roles,managerUsername,allowance,initialPassword\n");
        for (NewEmployee person : people) {
            csv.append(String.join(",", person.username(), person.displayName(), String.join("|", person.roles()),
                    person.managerUsername() == null ? "" : person.managerUsername(),
                    Integer.toString(person.annualDays()), person.password() == null ? "" : person.password()))
                    .append('\n');
        }
        Http.Answer answer = http.exchange("POST", "/api/employees/import", token(hr), "text/csv", csv.toString());
        if (answer.status() >= 400) {
            String code = answer.body().path("code").asString("");
            if (!code.equals("EmployeeImportRejected")) {
                throw new Refused(Refusal.fromCode(code), answer.status() + " " + answer.body().path("detail").asString(""));
            }
            List<Integer> lines = answer.body().path("errors").valueStream().map(error -> error.path("line").asInt() - 1)
                    .distinct().toList();
            throw new ListRefused(lines, answer.body().toString());
        }
        people.forEach(person -> passwords.put(person.username(), person.password()));
        return answer.body().path("created").valueStream().map(created -> created.path("username").asString()).toList();
    }

    @Override
    public void moveToTeam(Persona actor, Persona who, Persona manager) {
        http.put("/api/admin/employees/" + who.id() + "/manager", token(actor), Map.of("managerId", manager.id()));
    }

    @Override
    public void deactivate(Persona hr, Persona who) {
        http.post("/api/admin/employees/" + who.id() + "/deactivate", token(hr), null);
    }

    @Override
    public boolean exists(String username) {
        return http.status("/api/admin/employees/" + username, token(Persona.HANA)) == 200;
    }

    @Override
    public String managerOf(Persona who) {
        return http.get("/api/admin/employees/" + who.id(), token(Persona.HANA)).path("managerId").asString(null);
    }

    @Override
    public void declareHoliday(Persona hr, LocalDate date, String name) {
        http.put("/api/admin/holidays/" + date, token(hr), Map.of("name", name));
    }

    @Override
    public void removeHoliday(Persona hr, LocalDate date) {
        http.delete("/api/admin/holidays/" + date, token(hr));
    }

    private String token(Persona who) {
        return world.token(who);
    }
}
