package casejourney.caseservice.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command API's OpenAPI document, served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  @Bean
  OpenAPI caseJourneyOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Case Journey command API")
                .version("v1")
                .description(
                    "Commands for a child protection case journey. Every request needs a bearer"
                        + " token from the Case Journey sign-in service. Errors are RFC 9457"
                        + " problem details. Send Idempotency-Key to make retries safe, and"
                        + " If-Match with the version from the last ETag to refuse stale changes."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT"))
                .addHeaders(
                    "ETag", new Header().description("The case version after the command")));
  }

  /** The two optional headers apply to every command route. */
  @Bean
  OpenApiCustomizer commandHeaders() {
    return api ->
        api.getPaths()
            .values()
            .forEach(
                path ->
                    path.readOperations()
                        .forEach(
                            op ->
                                op.addParametersItem(
                                        new HeaderParameter()
                                            .name("Idempotency-Key")
                                            .description(
                                                "Your id for this command; a retry with the same"
                                                    + " id returns the first answer")
                                            .schema(new StringSchema().maxLength(100)))
                                    .addParametersItem(
                                        new HeaderParameter()
                                            .name("If-Match")
                                            .description(
                                                "The case version you saw, e.g. \"3\"; refused"
                                                    + " with 409 if the case has moved on")
                                            .schema(new StringSchema()))));
  }
}
