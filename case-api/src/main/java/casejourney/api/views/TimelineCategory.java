package casejourney.api.views;

/** The filter a family member can apply to their timeline. */
public enum TimelineCategory {
  MEETINGS,
  PLANS,
  REPORTS,
  PEOPLE,
  VIEWS,
  CASE
}
