package casejourney.portal.family;

import casejourney.api.BilingualText;
import casejourney.api.MeetingType;
import casejourney.api.plan.ChangeKind;
import java.time.LocalDate;

/**
 * One goalpost change as a family sees it.
 *
 * @param what what the expectation is (English) and its Welsh version if written
 * @param whatCy Welsh version of {@code what}, or null
 * @param kind the kind of change
 * @param flagged true when it makes things harder
 * @param before the old value in words, or null
 * @param after the new value in words, or null
 * @param reason the worker's reason, or null
 * @param decidedBy who published the version that made the change
 * @param version the version that made the change
 * @param betweenMeetings true when no meeting decided it (shown more prominently)
 * @param meetingType the meeting that decided it, or null
 * @param meetingDate that meeting's day, or null
 */
public record ChangeShown(
    String what,
    String whatCy,
    ChangeKind kind,
    boolean flagged,
    String before,
    String after,
    BilingualText reason,
    String decidedBy,
    int version,
    boolean betweenMeetings,
    MeetingType meetingType,
    LocalDate meetingDate) {}
