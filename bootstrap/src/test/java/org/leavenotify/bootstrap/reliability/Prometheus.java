package org.leavenotify.bootstrap.reliability;

import java.util.LinkedHashMap;
import java.util.Map;

/** One scrape of {@code /actuator/prometheus}: each series ({@code name{labels}}) and its value. */
public final class Prometheus {

    private final Map<String, Double> series = new LinkedHashMap<>();

    public Prometheus(String text) {
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
    }

    /**
     * The value of the series {@code name} whose labels include every {@code label="value"} given; 0 when
     * there is none (a counter that never moved is not published yet).
     */
    public double value(String name, String... labels) {
        return series.entrySet().stream()
                .filter(entry -> entry.getKey().equals(name) || entry.getKey().startsWith(name + "{"))
                .filter(entry -> java.util.Arrays.stream(labels).allMatch(entry.getKey()::contains))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    public boolean has(String name) {
        return series.keySet().stream().anyMatch(key -> key.equals(name) || key.startsWith(name + "{"));
    }
}
