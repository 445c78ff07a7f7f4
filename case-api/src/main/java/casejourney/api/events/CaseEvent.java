package casejourney.api.events;

/**
 * What every case event has: the case it belongs to. It is the Kafka record key, and it names the
 * key the event's personal data is sealed with ({@link casejourney.api.personal.Personal}).
 */
public interface CaseEvent {
  String caseId();
}
