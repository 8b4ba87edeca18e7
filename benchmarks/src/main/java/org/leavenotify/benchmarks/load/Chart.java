package org.leavenotify.benchmarks.load;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import javax.imageio.ImageIO;

/**
 * Draws the latency percentiles of a report's runs as a PNG with the JDK only (headless AWT): one panel
 * per dimension (against rate, against sessions, against stored notifications), chosen by the tags of
 * each run's label ({@code rate-…}, {@code sessions-…}, {@code stored-…}, joined by {@code +}). Latency is
 * on a log scale.
 */
public final class Chart {

    private static final int PANEL_WIDTH = 520;
    private static final int HEIGHT = 460;
    private static final Color[] PERCENTILE_COLOURS = {new Color(0x2b7bba), new Color(0xe08214), new Color(0xc0392b)};
    private static final String[] PERCENTILES = {"p50", "p99", "p99.9"};

    private record Panel(String prefix, String title, String axis, ToDoubleFunction<Report.Run> x) {
    }

    private Chart() {
    }

    /** Draws the chart (and rewrites summary.md) from the CSV files of a results directory. */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        Report report = Report.read(directory, store -> false);
        java.nio.file.Files.writeString(directory.resolve("summary.md"), report.markdown());
        write(report, directory.resolve("latency.png"), args.length > 1 ? args[1] : "leave-notify full run");
    }

    public static void write(Report report, Path file, String subtitle) throws IOException {
        List<Panel> panels = List.of(
                new Panel("rate", "Latency against rate", "target events per second", Report.Run::targetRate),
                new Panel("sessions", "Latency against sessions held", "sessions connected", run -> run.sessions()),
                new Panel("stored", "Latency against notifications stored", "notifications stored before the run",
                        run -> run.storedBefore()));
        System.setProperty("java.awt.headless", "true");
        int width = PANEL_WIDTH * panels.size();
        BufferedImage image = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, HEIGHT);
        for (int i = 0; i < panels.size(); i++) {
            drawPanel(g, i * PANEL_WIDTH, panels.get(i), report.runs());
        }
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(subtitle, 10, HEIGHT - 8);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void drawPanel(Graphics2D g, int left, Panel panel, List<Report.Run> all) {
        int x0 = left + 60;
        int x1 = left + PANEL_WIDTH - 20;
        int y0 = HEIGHT - 110;
        int y1 = 40;
        Map<String, List<Report.Run>> series = new LinkedHashMap<>();
        for (Report.Run run : all) {
            if (Arrays.stream(run.label().split("\\+")).anyMatch(tag -> tag.startsWith(panel.prefix() + "-"))) {
                series.computeIfAbsent(run.mode() + ", " + run.store(), key -> new ArrayList<>()).add(run);
            }
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(panel.title(), x0, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        if (series.isEmpty()) {
            g.drawString("(no runs)", x0 + 10, (y0 + y1) / 2);
            return;
        }
        // x on a log scale too: rates, sessions and stored counts each span one to three decades.
        double minX = Math.log10(Math.max(1, series.values().stream().flatMap(List::stream).mapToDouble(panel.x())
                .min().orElse(1)));
        double maxX = Math.log10(Math.max(1, series.values().stream().flatMap(List::stream).mapToDouble(panel.x())
                .max().orElse(10)));
        double span = maxX - minX;
        minX -= Math.max(0.05, span * 0.05);
        maxX += Math.max(0.05, span * 0.05);
        double minY = 0.01;
        double maxY = Math.max(1, series.values().stream().flatMap(List::stream).mapToDouble(Report.Run::p999)
                .filter(value -> !Double.isNaN(value)).max().orElse(1));
        double logMin = Math.log10(minY);
        double logMax = Math.ceil(Math.log10(maxY));
        // axes and grid
        g.setColor(new Color(0xdddddd));
        for (double decade = logMin; decade <= logMax; decade++) {
            int y = (int) (y0 - (decade - logMin) / (logMax - logMin) * (y0 - y1));
            g.drawLine(x0, y, x1, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(formatMs(Math.pow(10, decade)), left + 8, y + 4);
            g.setColor(new Color(0xdddddd));
        }
        g.setColor(Color.BLACK);
        g.drawLine(x0, y0, x1, y0);
        g.drawLine(x0, y0, x0, y1);
        g.drawString("ms (log)", left + 8, y1 - 8);
        g.drawString(panel.axis() + " (log)", x0 + 80, y0 + 32);
        List<Double> ticks = series.values().stream().flatMap(List::stream).map(run -> panel.x().applyAsDouble(run))
                .distinct().sorted().toList();
        for (double tick : ticks) {
            int x = (int) (x0 + (Math.log10(Math.max(1, tick)) - minX) / (maxX - minX) * (x1 - x0));
            g.drawLine(x, y0, x, y0 + 4);
            g.drawString(formatCount(tick), x - 12, y0 + 16);
        }
        Stroke[] strokes = {new BasicStroke(2f), new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {8f, 5f}, 0f), new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {2f, 4f}, 0f)};
        int legendY = y0 + 50;
        int s = 0;
        for (Map.Entry<String, List<Report.Run>> entry : series.entrySet()) {
            List<Report.Run> runs = new ArrayList<>(entry.getValue());
            runs.sort(Comparator.comparingDouble(panel.x()));
            Stroke stroke = strokes[s % strokes.length];
            for (int p = 0; p < PERCENTILES.length; p++) {
                g.setColor(PERCENTILE_COLOURS[p]);
                g.setStroke(stroke);
                int previousX = -1;
                int previousY = -1;
                for (Report.Run run : runs) {
                    double value = switch (p) {
                        case 0 -> run.p50();
                        case 1 -> run.p99();
                        default -> run.p999();
                    };
                    if (Double.isNaN(value)) {
                        continue;
                    }
                    int x = (int) (x0 + (Math.log10(Math.max(1, panel.x().applyAsDouble(run))) - minX) / (maxX - minX)
                            * (x1 - x0));
                    double logValue = Math.log10(Math.max(minY, value));
                    int y = (int) (y0 - (logValue - logMin) / (logMax - logMin) * (y0 - y1));
                    g.fillOval(x - 3, y - 3, 6, 6);
                    if (previousX >= 0) {
                        g.drawLine(previousX, previousY, x, y);
                    }
                    previousX = x;
                    previousY = y;
                }
            }
            g.setStroke(stroke);
            g.setColor(Color.BLACK);
            g.drawLine(x0, legendY - 4, x0 + 30, legendY - 4);
            g.drawString(entry.getKey(), x0 + 36, legendY);
            legendY += 14;
            s++;
        }
        g.setStroke(new BasicStroke(1f));
        int keyX = x0 + 250;
        for (int p = 0; p < PERCENTILES.length; p++) {
            g.setColor(PERCENTILE_COLOURS[p]);
            g.fillRect(keyX, y0 + 40 + p * 14, 10, 10);
            g.setColor(Color.BLACK);
            g.drawString(PERCENTILES[p], keyX + 14, y0 + 49 + p * 14);
        }
    }

    private static String formatMs(double value) {
        return value < 1 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String formatCount(double value) {
        if (value >= 1_000_000) {
            return String.format(Locale.ROOT, "%.0fM", value / 1_000_000);
        }
        if (value >= 1000) {
            return String.format(Locale.ROOT, "%.0fk", value / 1000);
        }
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
