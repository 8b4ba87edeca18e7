package org.leavenotify.application.archfixture;

import org.springframework.context.ApplicationContext;

/** A deliberate violation: a use case that reaches into Spring. */
public class ApplicationUsingSpring {

    public Object bean(ApplicationContext context) {
        return context.getBean("anything");
    }
}
