package casejourney.portal.staff;

import static casejourney.portal.staff.MeetingForms.ID;
import static casejourney.portal.staff.MeetingForms.NAME;
import static casejourney.portal.staff.MeetingForms.blank;

import casejourney.api.FamilyMember;
import casejourney.api.FamilyRole;
import casejourney.api.Language;
import casejourney.api.Nation;
import casejourney.api.StaffMember;
import casejourney.portal.web.FormErrors;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The "open a case" form: the nation, the child, and up to {@value #ROWS} parents or carers (empty
 * rows are left out). A bean rather than a record so that the rows ({@code members[0].name}) bind.
 *
 * <p>The case and person ids are made from the form's id, not asked for: they hold nothing about
 * the family, and sending the same form twice sends the same ids, so case-service answers the
 * second time with the first answer instead of refusing a different request under the same key.
 */
public class OpenCaseForm {

  static final int ROWS = 3;

  static final List<String> NATIONS = names(Nation.values());
  static final List<String> CHILD_ROLES = List.of("YOUNG_PERSON", "CHILD");
  static final List<String> MEMBER_ROLES = List.of("PARENT", "CARER");
  static final List<String> LANGUAGES = names(Language.values());

  private String nation;
  private String childName;
  private String childRole;
  private String childLanguage;
  private String childDateOfBirth;
  private String childSubject;
  private List<MemberRow> members = new ArrayList<>();
  private String formId = MeetingForms.newFormId();

  /** One parent or carer. */
  public static class MemberRow {
    private String name;
    private String role;
    private String language;
    private String subject;

    boolean empty() {
      return blank(name) && blank(role) && blank(language) && blank(subject);
    }

    public String getName() {
      return name;
    }

    public void setName(String v) {
      name = v;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String v) {
      role = v;
    }

    public String getLanguage() {
      return language;
    }

    public void setLanguage(String v) {
      language = v;
    }

    public String getSubject() {
      return subject;
    }

    public void setSubject(String v) {
      subject = v;
    }
  }

  static OpenCaseForm fresh() {
    return new OpenCaseForm().withRows();
  }

  /**
   * Exactly {@value #ROWS} rows, so the page always offers them all; a form id that is not one of
   * ours is replaced, because the ids of the case and its people are made from it.
   */
  OpenCaseForm withRows() {
    if (members.size() > ROWS) {
      members = new ArrayList<>(members.subList(0, ROWS));
    }
    while (members.size() < ROWS) {
      members.add(new MemberRow());
    }
    members.replaceAll(r -> r == null ? new MemberRow() : r);
    try {
      UUID.fromString(formId);
    } catch (IllegalArgumentException | NullPointerException notOurs) {
      formId = MeetingForms.newFormId();
    }
    return this;
  }

  /** The rows someone wrote in, by their place on the page. */
  List<Integer> filledRows() {
    return IntStream.range(0, members.size()).filter(i -> !members.get(i).empty()).boxed().toList();
  }

  FormErrors validate(LocalDate today) {
    FormErrors errors = new FormErrors();
    if (!oneOf(NATIONS, nation)) {
      errors.add("nation", "staff.error.nation");
    }
    if (blank(childName)) {
      errors.add("childName", "staff.error.childName");
    }
    MeetingForms.tooLong(errors, "childName", childName, NAME);
    if (!oneOf(CHILD_ROLES, childRole)) {
      errors.add("childRole", "staff.error.childRole");
    }
    if (!oneOf(LANGUAGES, childLanguage)) {
      errors.add("childLanguage", "staff.error.childLanguage");
    }
    if (!blank(childDateOfBirth)) {
      MeetingForms.pastDay(
          errors,
          "childDateOfBirth",
          childDateOfBirth,
          today,
          "staff.error.childDateOfBirth",
          "staff.error.childDateOfBirth.future");
    }
    MeetingForms.tooLong(errors, "childSubject", childSubject, ID);
    for (int i : filledRows()) {
      MemberRow row = members.get(i);
      String p = "members-" + i + "-";
      // Each row has its own words, so the error summary says which person to fix.
      if (blank(row.name)) {
        errors.add(p + "name", "staff.error.member.name." + (i + 1));
      }
      MeetingForms.tooLong(errors, p + "name", row.name, NAME);
      if (!oneOf(MEMBER_ROLES, row.role)) {
        errors.add(p + "role", "staff.error.member.role." + (i + 1));
      }
      if (!oneOf(LANGUAGES, row.language)) {
        errors.add(p + "language", "staff.error.member.language." + (i + 1));
      }
      MeetingForms.tooLong(errors, p + "subject", row.subject, ID);
    }
    return errors;
  }

  /** The body of case-service's OpenCaseCommand; call only once {@link #validate} found nothing. */
  Map<String, Object> command(StaffMember worker) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseId", caseId(formId));
    body.put("nation", Nation.valueOf(nation));
    body.put(
        "child",
        new FamilyMember(
            personId(formId, "child"),
            childName.strip(),
            FamilyRole.valueOf(childRole),
            Language.valueOf(childLanguage),
            MeetingForms.strip(childSubject),
            MeetingForms.day(childDateOfBirth)));
    body.put(
        "familyMembers",
        filledRows().stream()
            .map(
                i -> {
                  MemberRow row = members.get(i);
                  return new FamilyMember(
                      personId(formId, "member-" + i),
                      row.name.strip(),
                      FamilyRole.valueOf(row.role),
                      Language.valueOf(row.language),
                      MeetingForms.strip(row.subject),
                      null);
                })
            .toList());
    body.put("allocatedWorker", worker);
    return body;
  }

  /** The case this form opens. */
  String caseId() {
    return caseId(formId);
  }

  /** Every input that an error can be shown against, by id. */
  Set<String> inputs() {
    Set<String> ids =
        new java.util.HashSet<>(
            Set.of(
                "nation",
                "childName",
                "childRole",
                "childLanguage",
                "childDateOfBirth",
                "childSubject"));
    for (int i = 0; i < ROWS; i++) {
      for (String part : List.of("name", "role", "language", "subject")) {
        ids.add("members-" + i + "-" + part);
      }
    }
    return ids;
  }

  /**
   * case-service's field names for this form's inputs. It counts family members among those sent,
   * so {@code familyMembers[0]} is the first row written in, wherever it is on the page.
   */
  Map<String, String> refusalFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String part : List.of("name", "role", "language", "subject", "dateOfBirth")) {
      fields.put(
          "child." + part, "child" + Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    fields.put("child", "childName");
    fields.put("child.personId", "childName");
    List<Integer> rows = filledRows();
    for (int j = 0; j < rows.size(); j++) {
      String sent = "familyMembers[" + j + "]";
      String p = "members-" + rows.get(j) + "-";
      fields.put(sent, p + "name");
      fields.put(sent + ".personId", p + "name");
      for (String part : List.of("name", "role", "language", "subject")) {
        fields.put(sent + "." + part, p + part);
      }
    }
    return fields;
  }

  /** The id of the case opened with this idempotency key (the form's id). */
  static String caseId(String key) {
    return nameBased(key + "/case");
  }

  /** The id of one person on that case: {@code child}, or {@code member-<row>}. */
  static String personId(String key, String slot) {
    return nameBased(key + "/person/" + slot);
  }

  private static String nameBased(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** An immutable list refuses to look for null, which is what an unchosen radio sends. */
  private static boolean oneOf(List<String> values, String value) {
    return value != null && values.contains(value);
  }

  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }

  public String getNation() {
    return nation;
  }

  public void setNation(String v) {
    nation = v;
  }

  public String getChildName() {
    return childName;
  }

  public void setChildName(String v) {
    childName = v;
  }

  public String getChildRole() {
    return childRole;
  }

  public void setChildRole(String v) {
    childRole = v;
  }

  public String getChildLanguage() {
    return childLanguage;
  }

  public void setChildLanguage(String v) {
    childLanguage = v;
  }

  public String getChildDateOfBirth() {
    return childDateOfBirth;
  }

  public void setChildDateOfBirth(String v) {
    childDateOfBirth = v;
  }

  public String getChildSubject() {
    return childSubject;
  }

  public void setChildSubject(String v) {
    childSubject = v;
  }

  public List<MemberRow> getMembers() {
    return members;
  }

  public void setMembers(List<MemberRow> v) {
    members = v == null ? new ArrayList<>() : v;
  }

  public String getFormId() {
    return formId;
  }

  public void setFormId(String v) {
    formId = v;
  }
}
