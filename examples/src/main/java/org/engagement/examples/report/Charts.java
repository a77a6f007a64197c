package org.engagement.examples.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.StringWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report's charts: JFreeChart plots drawn by Apache Batik's SVG Graphics2D into SVG elements
 * that the page carries inline. Every chart has a fixed size in CSS pixels and its own prefix for the ids of
 * its clip paths, so that several charts can share one page.
 */
final class Charts {

  /** The width of every chart, in CSS pixels. */
  static final int WIDTH = 720;

  /** The page's ink: headings, bars of the headline series. */
  static final Color INK = new Color(0x1f, 0x3a, 0x5f);
  /** The second series. */
  static final Color SECOND = new Color(0x9a, 0xb3, 0xcf);
  /** Reference lines: the 0.8 threshold, zero. */
  static final Color REFERENCE = new Color(0xb0, 0x3a, 0x2e);
  private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
  private static final Color[] SERIES = {INK, new Color(0x3b, 0x8e, 0x7a),
      new Color(0xc7, 0x7c, 0x1e), new Color(0x7b, 0x5e, 0xa7)};

  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

  /** A namespace declaration, which an svg element inline in HTML needs not. */
  private static final Pattern NAMESPACE =
      Pattern.compile("\\s+xmlns(?::[A-Za-z]+)?\\s*=\\s*(\"[^\"]*\"|'[^']*')");

  private int next;

  /** What the bars of a bar chart are. */
  enum Values {
    /** Whole numbers. */
    COUNTS,
    /** Shares from 0 to 1. */
    SHARES,
    /** Ratios from 0 up, such as representation ratios. */
    RATIOS
  }

  /** A drawn chart: the SVG element and its size. */
  record Svg(String element, int width, int height) {}

  /** A point with its interval: a label, the estimate and its bounds. */
  record Estimate(String label, double value, double lower, double upper) {}

  /** One series of a trend: its name and one estimate per period, in period order. */
  record Series(String name, List<Estimate> points) {}

  /**
   * Horizontal bars, one per category, labelled with their values.
   *
   * @param labels the bars' labels, top to bottom
   * @param values the bars' values
   * @param axis the value axis's label
   * @param kind what the values are: counts, shares (axis 0 to 1) or ratios
   * @param marker a reference line, or NaN for none
   */
  Svg bars(List<String> labels, List<Double> values, String axis, Values kind,
      double marker) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int i = 0; i < labels.size(); i++) {
      data.addValue(values.get(i), axis, labels.get(i));
    }
    JFreeChart chart = ChartFactory.createBarChart(null, null, axis, data,
        PlotOrientation.HORIZONTAL, false, false, false);
    CategoryPlot plot = categoryPlot(chart);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, INK);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
        kind == Values.COUNTS ? format("#,##0") : format("0.00")));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(font(11));
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    switch (kind) {
      case SHARES -> {
        range.setRange(0, 1.08); // room for the label of a bar at 1
        range.setTickUnit(new NumberTickUnit(0.2));
      }
      case RATIOS -> {
        range.setUpperMargin(0.12);
        range.setTickUnit(new NumberTickUnit(0.2));
      }
      default -> {
        range.setUpperMargin(0.12);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      }
    }
    if (!Double.isNaN(marker)) {
      plot.addRangeMarker(reference(marker, String.format(Locale.ROOT, "%.1f", marker)));
    }
    return draw(chart, height(labels.size()));
  }

  /**
   * Grouped horizontal bars: per category one bar per series.
   *
   * @param labels the categories, top to bottom
   * @param series the series' names
   * @param values per series, per category, the value
   * @param axis the value axis's label
   * @param stacked whether the series' bars stack
   */
  Svg groupedBars(List<String> labels, List<String> series, List<List<Double>> values,
      String axis, boolean stacked) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int s = 0; s < series.size(); s++) {
      for (int i = 0; i < labels.size(); i++) {
        data.addValue(values.get(s).get(i), series.get(s), labels.get(i));
      }
    }
    JFreeChart chart = stacked
        ? ChartFactory.createStackedBarChart(null, null, axis, data, PlotOrientation.HORIZONTAL,
            true, false, false)
        : ChartFactory.createBarChart(null, null, axis, data, PlotOrientation.HORIZONTAL, true,
            false, false);
    CategoryPlot plot = categoryPlot(chart);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, INK);
    renderer.setSeriesPaint(1, SECOND);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return draw(chart, height(labels.size()) + 30);
  }

  /**
   * Estimates with their intervals, one per row (a forest plot), with a reference line.
   *
   * @param estimates the rows, top to bottom
   * @param axis the value axis's label
   * @param reference where the reference line stands (0 for a difference), or NaN for none
   * @param shares whether the axis runs from 0 to 1
   */
  Svg intervals(List<Estimate> estimates, String axis, double reference, boolean shares) {
    int n = estimates.size();
    YIntervalSeries series = new YIntervalSeries(axis);
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      Estimate e = estimates.get(n - 1 - i); // the first row on top
      labels[i] = e.label();
      series.add(i, e.value(), e.lower(), e.upper());
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);
    SymbolAxis rows = new SymbolAxis(null, labels);
    rows.setGridBandsVisible(false);
    rows.setTickLabelFont(font(11));
    NumberAxis values = new NumberAxis(axis);
    values.setLabelFont(font(11));
    values.setTickLabelFont(font(10));
    values.setAutoRangeIncludesZero(reference == 0);
    if (shares) {
      values.setRange(0, 1);
    }
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(false);
    renderer.setSeriesPaint(0, INK);
    renderer.setErrorPaint(INK);
    renderer.setErrorStroke(new BasicStroke(1.6f));
    renderer.setCapLength(6);
    renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
    XYPlot plot = new XYPlot(data, rows, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    style(plot);
    if (!Double.isNaN(reference)) {
      plot.addRangeMarker(reference(reference, null));
    }
    JFreeChart chart = new JFreeChart(null, font(12), plot, false);
    return draw(chart, height(n));
  }

  /**
   * Proportions over periods, one line per series, each point with its interval.
   *
   * @param periods the periods' labels, in order
   * @param series the series
   * @param axis the value axis's label
   */
  Svg trend(List<String> periods, List<Series> series, String axis) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (Series s : series) {
      YIntervalSeries points = new YIntervalSeries(s.name());
      for (int i = 0; i < s.points().size(); i++) {
        Estimate e = s.points().get(i);
        if (!Double.isNaN(e.value())) {
          points.add(i, e.value(), e.lower(), e.upper());
        }
      }
      data.addSeries(points);
    }
    SymbolAxis time = new SymbolAxis(null, periods.toArray(String[]::new));
    time.setGridBandsVisible(false);
    time.setTickLabelFont(font(10));
    NumberAxis values = new NumberAxis(axis);
    values.setRange(0, 1);
    values.setLabelFont(font(11));
    values.setTickLabelFont(font(10));
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(true);
    renderer.setCapLength(4);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    XYPlot plot = new XYPlot(data, time, values, renderer);
    style(plot);
    JFreeChart chart = new JFreeChart(null, font(12), plot, true);
    return draw(chart, 320);
  }

  private static CategoryPlot categoryPlot(JFreeChart chart) {
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setInsets(new RectangleInsets(4, 4, 4, 12));
    CategoryAxis categories = plot.getDomainAxis();
    categories.setTickLabelFont(font(11));
    categories.setMaximumCategoryLabelWidthRatio(0.45f);
    categories.setCategoryMargin(0.25);
    plot.getRangeAxis().setLabelFont(font(11));
    plot.getRangeAxis().setTickLabelFont(font(10));
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.12);
    return plot;
  }

  private static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setInsets(new RectangleInsets(4, 4, 4, 12));
  }

  private static ValueMarker reference(double at, @Nullable String label) {
    ValueMarker marker = new ValueMarker(at, REFERENCE, new BasicStroke(1.4f,
        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
    if (label != null) {
      marker.setLabel(label);
      marker.setLabelFont(font(10));
      marker.setLabelPaint(REFERENCE);
      marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    }
    return marker;
  }

  private static int height(int rows) {
    return 50 + 26 * Math.max(rows, 2);
  }

  private static DecimalFormat format(String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  static Font font(int size) {
    return new Font(Font.SANS_SERIF, Font.PLAIN, size);
  }

  /** Draws a chart into an SVG element of the chart width and the given height. */
  private Svg draw(JFreeChart chart, int height) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(4, 4, 4, 4));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(font(11));
      chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    String id = "chart" + (++next);
    Document document;
    try {
      document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
          .createDocument(SVG_NAMESPACE, "svg", null);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML document builder for the charts", e);
    }
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment(null);
    context.setEmbeddedFontsOn(false);
    // the ids of clip paths and the like, unique in the page
    context.setIDGenerator(new SVGIDGenerator() {
      @Override
      public String generateID(String prefix) {
        return super.generateID(id + "-" + prefix);
      }
    });
    SVGGraphics2D g = new SVGGraphics2D(context, false);
    g.setSVGCanvasSize(new Dimension(WIDTH, height));
    chart.draw(g, new Rectangle(0, 0, WIDTH, height));
    Element root = g.getRoot();
    root.setAttribute("id", id);
    root.setAttribute("viewBox", "0 0 " + WIDTH + " " + height);
    root.setAttribute("font-family", "sans-serif"); // Java's default font, Dialog, is no web font
    NodeList defs = root.getElementsByTagName("defs");
    for (int i = 0; i < defs.getLength(); i++) {
      Element d = (Element) defs.item(i);
      if (d.hasAttribute("id")) {
        d.setAttribute("id", id + "-" + d.getAttribute("id"));
      }
    }
    StringWriter out = new StringWriter();
    try {
      Transformer xml = TransformerFactory.newInstance().newTransformer();
      xml.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      xml.setOutputProperty(OutputKeys.METHOD, "xml");
      xml.transform(new DOMSource(root), new StreamResult(out));
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write the chart " + id + " as SVG", e);
    }
    // inline in HTML the svg element needs no namespace declarations: leave them out, so that
    // the page names no address at all
    String element = NAMESPACE.matcher(out.toString()).replaceAll("").strip();
    return new Svg(element, WIDTH, height);
  }
}
