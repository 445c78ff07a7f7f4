package casejourney.api.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Commands arrive as JSON. A record with a second, shorter constructor (kept so that older callers
 * need not name a new optional field) must still be read through its full one.
 */
class CommandJsonTest {

  private final JsonMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();

  @Test
  void aMoveIsReadWithEveryFieldItWasSent() throws Exception {
    RescheduleMeetingCommand command =
        json.readValue(
            """
            {"caseId":"c-1","expectedVersion":4,"meetingId":"m-1","startsAt":"2030-04-29T10:00:00",
             "location":"Town Hall","reason":{"en":"The chair is away.","cy":null},
             "lateReason":"No room sooner.","reportsLateReason":"The family asked for it."}
            """,
            RescheduleMeetingCommand.class);
    assertThat(command.expectedVersion()).isEqualTo(4L);
    assertThat(command.startsAt()).isEqualTo(LocalDateTime.of(2030, 4, 29, 10, 0));
    assertThat(command.lateReason()).isEqualTo("No room sooner.");
    assertThat(command.reportsLateReason()).isEqualTo("The family asked for it.");
  }
}
