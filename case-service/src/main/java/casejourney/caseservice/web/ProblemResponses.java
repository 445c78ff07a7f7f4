package casejourney.caseservice.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Builds RFC 9457 problem details, with the field errors a client can act on as an extension. */
@Component
public class ProblemResponses {

  private final ObjectMapper objectMapper;

  ProblemResponses(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  /** A problem with a stable type URI per status, a title and a detail saying what to fix. */
  public static ProblemDetail problem(
      HttpStatus status, String title, String detail, List<Map<String, String>> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("https://casejourney.example/problems/" + status.value()));
    problem.setTitle(title);
    if (errors != null && !errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  /** Writes a problem straight to the response, for filters that run before controllers. */
  public Mono<Void> write(
      ServerWebExchange exchange, HttpStatus status, String title, String detail) {
    ProblemDetail problem = problem(status, title, detail, List.of());
    problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
    byte[] body;
    try {
      body = objectMapper.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      body = new byte[0];
    }
    var response = exchange.getResponse();
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
  }
}
