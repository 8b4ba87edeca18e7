package org.leavenotify.acceptance.steps;

import io.cucumber.java.ParameterType;

/** The words of the feature files that stand for domain things. */
public class ParameterTypes {

    @ParameterType("Alice|Bob|Carol|Hana|Dan|Erin|Finn|Gus")
    public Persona persona(String name) {
        return Persona.named(name);
    }

    @ParameterType("annual|sick|unpaid")
    public String leaveType(String type) {
        return type.toUpperCase();
    }

    @ParameterType("laptop|phone")
    public String device(String device) {
        return device;
    }
}
