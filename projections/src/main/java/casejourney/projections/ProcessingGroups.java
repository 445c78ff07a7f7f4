package casejourney.projections;

import java.util.List;

/** One processing group per read model, so each can be replayed on its own. */
public final class ProcessingGroups {

  public static final String TIMELINES = "timelines";
  public static final String PLAN_HISTORIES = "plan-histories";
  public static final String EXPECTATION_LEDGERS = "expectation-ledgers";
  public static final String STATUTORY_CLOCKS = "statutory-clocks";
  public static final String WORKER_DASHBOARDS = "worker-dashboards";
  public static final String CASE_OVERVIEWS = "case-overviews";
  public static final String ACCESS = "access";

  public static final List<String> ALL =
      List.of(
          TIMELINES,
          PLAN_HISTORIES,
          EXPECTATION_LEDGERS,
          STATUTORY_CLOCKS,
          WORKER_DASHBOARDS,
          CASE_OVERVIEWS,
          ACCESS);

  private ProcessingGroups() {}
}
