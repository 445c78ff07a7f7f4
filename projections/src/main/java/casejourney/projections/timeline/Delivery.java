package casejourney.projections.timeline;

import casejourney.api.views.TimelineEntry;

/**
 * A change to one timeline: a new entry, the removal of the entries about a contribution (when the
 * chair hides it), or an entry already there with new words (their Welsh version added later).
 */
record Delivery(Target target, TimelineEntry entry, String removeContributionId, boolean replaces) {

  static Delivery add(Target target, TimelineEntry entry) {
    return new Delivery(target, entry, null, false);
  }

  static Delivery removeContribution(Target target, String contributionId) {
    return new Delivery(target, null, contributionId, false);
  }

  /** The entry with the same {@code entryId}, in its place. */
  static Delivery replace(Target target, TimelineEntry entry) {
    return new Delivery(target, entry, null, true);
  }
}
