package casejourney.api;

/** How a young person chooses to take part in a meeting about them (DOMAIN.md). */
public enum ParticipationChoice {
  ATTEND_ALL,
  ATTEND_PART,
  TALK_TO_CHAIR_BEFORE,
  SEND_WRITTEN_VIEWS_OR_DRAWING,
  ADVOCATE_SPEAKS,
  WORKER_SHARES_VIEWS,
  NOT_THIS_TIME
}
