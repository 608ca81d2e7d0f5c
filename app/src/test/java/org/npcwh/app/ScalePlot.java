package org.npcwh.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the scale benchmark ({@code bench/scales.sh}) as one PNG: wall time and peak memory of each
 * step against the rows of the landing zone, both axes logarithmic, with a dashed line through the
 * smallest scale's total of the pipeline's steps that grows exactly as the data does, so "time grows
 * no faster than the data" can be read off the picture (the transform's DuckDB reference is drawn
 * beside the steps, not summed into that line). It depends on JFreeChart alone (the reports already
 * ship it) and runs as a single-file program:
 * {@code java -cp jfreechart.jar ScalePlot.java RESULTS.tsv FONT.ttf OUT.png}, where each line of
 * RESULTS.tsv is {@code scale rows step wall_s cpu_s rss_mib}. The font is the reports' bundled one,
 * so the picture does not depend on the fonts a machine happens to have.
 */
public final class ScalePlot {
  /** One measured step at one scale. */
  record Point(double scale, double rows, String step, double wallSeconds, double cpuSeconds, double rssMib) {
    static Point parse(String line) {
      String[] f = line.trim().split("\\s+");
      return new Point(Double.parseDouble(f[0]), Double.parseDouble(f[1]), f[2], Double.parseDouble(f[3]),
          Double.parseDouble(f[4]), Double.parseDouble(f[5]));
    }

    /** A stage of npcwh, not the DuckDB reference the benchmark measures beside it. */
    boolean isPipelineStep() {
      return !step.startsWith("duckdb_");
    }
  }

  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd), new Color(0xff7f0e),
    new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)
  };

  private ScalePlot() {}

  public static void main(String[] args) throws IOException, FontFormatException {
    if (args.length != 3) {
      System.err.println("usage: ScalePlot RESULTS.tsv FONT.ttf OUT.png");
      System.exit(2);
    }
    List<Point> points = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).map(Point::parse).toList();
    Font font;
    try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
      font = Font.createFont(Font.TRUETYPE_FONT, in);
    }
    draw(points, font, Path.of(args[2]));
  }

  static void draw(List<Point> points, Font font, Path png) throws IOException {
    LogAxis rows = logAxis("rows in the landing zone", font);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(rows);
    plot.add(panel(points, "wall time (s)", Point::wallSeconds, font), 1);
    plot.add(panel(points, "peak RSS (MiB)", Point::rssMib, font), 1);
    plot.setGap(12);
    JFreeChart chart = new JFreeChart(null, font.deriveFont(14f), plot, true);
    chart.addSubtitle(new TextTitle("npcwh end to end against data size (bench/scales.sh)", font.deriveFont(15f)));
    chart.getLegend().setItemFont(font.deriveFont(11f));
    chart.setBackgroundPaint(Color.WHITE);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 900);
  }

  private static XYPlot panel(List<Point> points, String label, java.util.function.ToDoubleFunction<Point> value,
      Font font) {
    Map<String, XYSeries> byStep = new LinkedHashMap<>();
    for (Point p : points) {
      byStep.computeIfAbsent(p.step(), XYSeries::new).add(p.rows(), Math.max(value.applyAsDouble(p), 0.01));
    }
    XYSeriesCollection data = new XYSeriesCollection();
    byStep.values().forEach(data::addSeries);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    // One legend for both panels: the steps have the same colours in each.
    renderer.setDefaultSeriesVisibleInLegend(label.startsWith("wall"));
    if (label.startsWith("wall")) {
      data.addSeries(proportional(points, value));
      renderer.setSeriesStroke(data.getSeriesCount() - 1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
          BasicStroke.JOIN_MITER, 10f, new float[] {6f, 6f}, 0f));
      renderer.setSeriesPaint(data.getSeriesCount() - 1, Color.GRAY);
      renderer.setSeriesShapesVisible(data.getSeriesCount() - 1, false);
    }
    XYPlot plot = new XYPlot(data, null, logAxis(label, font), renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    return plot;
  }

  /** The smallest scale's summed value, grown in proportion to the rows: the "as fast as the data" line. */
  private static XYSeries proportional(List<Point> points, java.util.function.ToDoubleFunction<Point> value) {
    double smallest = points.stream().mapToDouble(Point::rows).min().orElse(1);
    double total = points.stream().filter(p -> p.rows() == smallest && p.isPipelineStep()).mapToDouble(value).sum();
    XYSeries line = new XYSeries("all pipeline steps, grown as the data (from the smallest scale)");
    points.stream().mapToDouble(Point::rows).distinct().sorted()
        .forEach(r -> line.add(r, total * r / smallest));
    return line;
  }

  private static LogAxis logAxis(String label, Font font) {
    LogAxis axis = new LogAxis(label);
    axis.setLabelFont(font.deriveFont(12f));
    axis.setTickLabelFont(font.deriveFont(10f));
    axis.setSmallestValue(0.01);
    // One labelled tick per power of ten (1, 10, 100 …): left to choose, the axis labels 3,162,277.66.
    axis.setTickUnit(new NumberTickUnit(1.0), false, true);
    axis.setNumberFormatOverride(new DecimalFormat("#,##0.##"));
    return axis;
  }
}
