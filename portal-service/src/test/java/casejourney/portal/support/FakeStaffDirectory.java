package casejourney.portal.support;

import casejourney.api.StaffMember;
import casejourney.api.views.Audience;
import casejourney.portal.directory.StaffDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** The staff directory in memory, holding the demo staff until a test changes it. */
public class FakeStaffDirectory implements StaffDirectory {

  private record Entry(StaffMember member, List<String> roles) {}

  private final Map<String, Entry> people = new ConcurrentHashMap<>();

  public FakeStaffDirectory() {
    reset();
  }

  /** The demo provider's staff, as if each had signed in once. */
  public final void reset() {
    people.clear();
    add("worker", "Sam Patel", "WORKER");
    add("other-worker", "Priya Shah", "WORKER");
    add("chair", "Jordan Hughes", "CHAIR");
  }

  public void clear() {
    people.clear();
  }

  private void add(String subject, String name, String role) {
    people.put(subject, new Entry(new StaffMember(subject, name), List.of(role)));
  }

  @Override
  public Mono<Void> signedIn(String subject, String name, Collection<String> roles) {
    return Mono.fromRunnable(
        () -> people.put(subject, new Entry(new StaffMember(subject, name), List.copyOf(roles))));
  }

  @Override
  public Mono<List<StaffMember>> withRole(Audience role) {
    return Mono.fromSupplier(
        () -> {
          List<StaffMember> found = new ArrayList<>();
          people.values().stream()
              .filter(e -> e.roles().contains(role.name()))
              .forEach(e -> found.add(e.member()));
          found.sort(Comparator.comparing(StaffMember::name));
          return found;
        });
  }
}
