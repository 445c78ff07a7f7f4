package casejourney.projections.ops;

import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/** {@code POST /actuator/replay/{group}} ({@code all} for every read model). */
@Component
@Endpoint(id = "replay")
public class ReplayEndpoint {

  private final Replays replays;

  public ReplayEndpoint(Replays replays) {
    this.replays = replays;
  }

  @WriteOperation
  public Map<String, Object> replay(@Selector String group) {
    List<String> groups = Replays.groups(group);
    groups.forEach(replays::replay);
    return Map.of("replaying", groups);
  }
}
