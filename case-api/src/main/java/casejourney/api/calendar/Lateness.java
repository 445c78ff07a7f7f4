package casejourney.api.calendar;

/**
 * Whether something happened after its due date, and by how many working days. Shared by the write
 * side (recording a missed clock) and the read side (showing it), so both count the same way.
 *
 * @param late true when it happened on a later calendar date than the due date
 * @param workingDaysLate working days after the due date up to and including the actual date; can
 *     be 0 while late is true when the due date and the actual date both fall in one weekend or
 *     closure
 */
public record Lateness(boolean late, int workingDaysLate) {

  public Lateness {
    if (workingDaysLate < 0 || (!late && workingDaysLate != 0)) {
      throw new IllegalArgumentException("inconsistent lateness: " + late + ", " + workingDaysLate);
    }
  }

  public static Lateness onTime() {
    return new Lateness(false, 0);
  }
}
