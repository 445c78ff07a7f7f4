package casejourney.projections.ops;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** {@code --casejourney.replay=all} (or a list of groups) rebuilds read models at start-up. */
@Component
public class ReplayOnStartup implements ApplicationRunner {

  private final Replays replays;
  private final String which;

  public ReplayOnStartup(Replays replays, @Value("${casejourney.replay:}") String which) {
    this.replays = replays;
    this.which = which;
  }

  @Override
  public void run(ApplicationArguments args) {
    Replays.groups(which).forEach(replays::replay);
  }
}
