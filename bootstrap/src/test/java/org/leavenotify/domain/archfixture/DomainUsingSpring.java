package org.leavenotify.domain.archfixture;

import org.springframework.util.StringUtils;

/** A deliberate violation: domain code that uses Spring. Only ArchitectureRulesCatchViolationsTest reads it. */
public class DomainUsingSpring {

    public boolean blank(String text) {
        return !StringUtils.hasText(text);
    }
}
