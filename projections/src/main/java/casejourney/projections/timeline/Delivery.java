package casejourney.projections.timeline;

import casejourney.api.views.TimelineEntry;

/**
 * A change to one timeline: a new entry, or (when the chair hides a contribution) the removal of
 * the entries about that contribution.
 */
record Delivery(Target target, TimelineEntry entry, String removeContributionId) {

  static Delivery add(Target target, TimelineEntry entry) {
    return new Delivery(target, entry, null);
  }

  static Delivery removeContribution(Target target, String contributionId) {
    return new Delivery(target, null, contributionId);
  }
}
