package casejourney.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a monitoring system scrapes: the publisher's metrics, for any signed-in caller only. */
class MetricsIT extends ApiTestSupport {

  @Test
  void prometheus_serves_the_publishers_metrics_to_a_signed_in_caller_only() {
    client().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
    new Journey(this).open();
    client()
        .get()
        .uri("/actuator/prometheus")
        .header("Authorization", STACK.tokenClient().bearer("operator"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(text -> assertThat(text).contains("kafka_publisher").contains("jvm_memory_used"));
  }
}
