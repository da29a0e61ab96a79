package gapwatch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import gapwatch.store.ReviewStatus;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The report as JSON (one array) or CSV (one row per group, text cells defanged). */
public final class ReportFormats {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final List<String> CSV_COLUMNS =
      List.of(
          "laggard",
          "leader",
          "parity",
          "domain_group",
          "claims",
          "standing",
          "accepted",
          "pending",
          "rejected",
          "duplicate",
          "speakers",
          "sources",
          "median_months",
          "min_months",
          "max_months",
          "first_date",
          "last_date",
          "trend");

  private ReportFormats() {}

  public static void json(List<GroupReport.Row> rows, Writer out) throws IOException {
    List<Map<String, Object>> list = new ArrayList<>();
    for (GroupReport.Row r : rows) {
      Map<String, Object> m = common(r);
      Map<String, Integer> statuses = new LinkedHashMap<>();
      for (ReviewStatus s : ReviewStatus.values()) {
        statuses.put(s.label(), r.statuses().getOrDefault(s, 0));
      }
      m.put("statuses", statuses);
      List<Map<String, Object>> trend = new ArrayList<>();
      for (GroupReport.Month month : r.trend()) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("month", month.month());
        t.put("claims", month.claims());
        t.put("median_months", month.medianMonths());
        trend.add(t);
      }
      m.put("trend", trend);
      list.add(m);
    }
    JSON.writeValue(new NonClosing(out), list);
    out.write("\n");
    out.flush();
  }

  public static void csv(List<GroupReport.Row> rows, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    CSV_COLUMNS.forEach(schema::addColumn);
    List<Map<String, Object>> list = new ArrayList<>();
    for (GroupReport.Row r : rows) {
      Map<String, Object> m = common(r);
      m.replaceAll((k, v) -> v instanceof String s ? CsvCells.defang(s) : v);
      for (ReviewStatus s : ReviewStatus.values()) {
        m.put(s.label(), r.statuses().getOrDefault(s, 0));
      }
      m.put(
          "trend",
          r.trend().stream()
              .map(
                  t ->
                      t.month()
                          + ":"
                          + t.claims()
                          + (t.medianMonths() == null
                              ? ""
                              : ":" + ReportRenderer.months(t.medianMonths())))
              .collect(Collectors.joining(";")));
      list.add(m);
    }
    new CsvMapper().writer(schema.build()).writeValues(new NonClosing(out)).writeAll(list).flush();
    out.flush();
  }

  private static Map<String, Object> common(GroupReport.Row r) {
    Consensus c = r.consensus();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("laggard", r.key().laggard());
    m.put("leader", r.key().leader());
    m.put("parity", r.key().parity());
    m.put("domain_group", r.key().domain());
    m.put("claims", r.total());
    m.put("standing", c.claims());
    m.put("speakers", c.speakers());
    m.put("sources", c.sources());
    m.put("median_months", c.medianMonths());
    m.put("min_months", c.minMonths());
    m.put("max_months", c.maxMonths());
    m.put("first_date", c.firstDate());
    m.put("last_date", c.lastDate());
    return m;
  }

  /** Keeps Jackson from closing the caller's writer. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer w) {
      super(w);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
