package casejourney.projections.timeline;

import casejourney.api.views.Audience;
import casejourney.api.views.TimelineView;

/** One timeline document an entry goes to. */
record Target(String id, String caseId, Audience audience, String personId) {

  static Target family(String caseId, String personId, Audience audience) {
    return new Target(TimelineView.familyId(caseId, personId), caseId, audience, personId);
  }

  static Target worker(String caseId) {
    return new Target(TimelineView.workerId(caseId), caseId, Audience.WORKER, null);
  }

  static Target chair(String caseId) {
    return new Target(TimelineView.chairId(caseId), caseId, Audience.CHAIR, null);
  }

  /** The template key prefix for this audience. */
  String prefix() {
    return switch (audience) {
      case YOUNG_PERSON -> "yp";
      case PARENT -> "parent";
      case WORKER, CHAIR -> "staff";
    };
  }
}
