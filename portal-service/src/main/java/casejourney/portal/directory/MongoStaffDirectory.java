package casejourney.portal.directory;

import casejourney.api.StaffMember;
import casejourney.api.views.Audience;
import casejourney.portal.config.PortalProperties;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code staff_directory} collection, one document per member of staff by sign-in id, in the
 * portal's own database ({@code portal.audit-database}): it is not a read model, and dropping the
 * read models to rebuild them must not empty it. Each sign-in replaces the document, so a new name
 * or a lost role shows at once.
 */
@Component
class MongoStaffDirectory implements StaffDirectory {

  static final String COLLECTION = "staff_directory";
  private static final Set<String> STAFF = Set.of(Audience.WORKER.name(), Audience.CHAIR.name());

  private final MongoCollection<Document> people;
  private final Duration window;
  private final Clock clock;

  @Autowired
  MongoStaffDirectory(MongoClient client, PortalProperties properties) {
    this(client, properties, Clock.systemUTC());
  }

  MongoStaffDirectory(MongoClient client, PortalProperties properties, Clock clock) {
    this.people = client.getDatabase(properties.auditDatabase()).getCollection(COLLECTION);
    this.window = properties.staffDirectoryWindow();
    this.clock = clock;
  }

  @Override
  public Mono<Void> signedIn(String subject, String name, Collection<String> roles) {
    List<String> staffRoles = roles.stream().filter(STAFF::contains).sorted().toList();
    if (staffRoles.isEmpty()) {
      // Someone who has lost every staff role is no longer offered; a family member never was.
      return Mono.from(people.deleteOne(Filters.eq("_id", subject))).then();
    }
    Document entry =
        new Document("_id", subject)
            .append("name", name == null || name.isBlank() ? subject : name.strip())
            .append("roles", staffRoles)
            .append("lastSignIn", Date.from(clock.instant()));
    return Mono.from(
            people.replaceOne(Filters.eq("_id", subject), entry, new ReplaceOptions().upsert(true)))
        .then();
  }

  @Override
  public Mono<List<StaffMember>> withRole(Audience role) {
    Date since = Date.from(clock.instant().minus(window));
    return Flux.from(
            people.find(
                Filters.and(Filters.eq("roles", role.name()), Filters.gte("lastSignIn", since))))
        .map(d -> new StaffMember(d.getString("_id"), d.getString("name")))
        .collectSortedList(
            Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(StaffMember::subject));
  }
}
