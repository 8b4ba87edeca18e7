package org.leavenotify.adapter.web.openapi;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served by springdoc at {@code /v3/api-docs} (Swagger UI at
 * {@code /swagger-ui.html}): the bearer scheme, required everywhere except on login, and the
 * problem+json error responses of every operation, taken from {@link ProblemResponses}.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BEARER_SCHEME = "bearer";
    static final String PROBLEM_SCHEMA = "Problem";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    private static final Map<Integer, String> DESCRIPTIONS = Map.of(
            400, "Invalid input: field errors (in `errors`), malformed JSON, a wrong type or unknown enum value, "
                    + "a missing or oversized body, a bad parameter",
            401, "No bearer token, or one that is malformed, unsigned, forged, expired, not yet valid or meant "
                    + "for someone else (`code` says which); on login: wrong username or password",
            403, "Not allowed: the caller may see this but not do it",
            404, "No such resource, or one the caller may not see",
            409, "The current state forbids this transition (e.g. the request is no longer pending)",
            422, "A business rule is broken (overlap, balance, no working day, start in the past)",
            429, "Too many failed logins for this username: locked for a while (see Retry-After)",
            500, "An unexpected failure; the detail is generic and the cause is logged on the server",
            503, "The data store cannot be reached; nothing was changed, retry after Retry-After seconds");

    @Bean
    OpenAPI leaveNotifyOpenApi() {
        return new OpenAPI()
                .info(new Info().title("leave-notify API").version("1")
                        .description("Leave requests with real-time notifications. Log in with "
                                + "POST /api/auth/login and send the token as `Authorization: Bearer <token>`. "
                                + "Every error is application/problem+json (RFC 9457) with a `code`."))
                .components(new Components()
                        .addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("An access token from POST /api/auth/login (HS256 JWT)"))
                        .addSchemas(PROBLEM_SCHEMA, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }

    @Bean
    OperationCustomizer problemResponsesCustomizer() {
        return (operation, handlerMethod) -> {
            ProblemResponses declared = handlerMethod.getMethodAnnotation(ProblemResponses.class);
            TreeSet<Integer> statuses = new TreeSet<>(List.of(500, 503));
            if (declared != null) {
                for (int status : declared.value()) {
                    statuses.add(status);
                }
            }
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            for (int status : statuses) {
                responses.addApiResponse(Integer.toString(status), new ApiResponse()
                        .description(DESCRIPTIONS.getOrDefault(status, "Error"))
                        .content(new Content().addMediaType(PROBLEM_MEDIA_TYPE, new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
            }
            operation.setResponses(responses);
            return operation;
        };
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field or parameter, e.g. startDate"))
                .addProperty("message", new StringSchema().description("what is wrong with it"));
        return new ObjectSchema()
                .description("An error (RFC 9457)")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Unprocessable Content"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().description("what went wrong, for a human"))
                .addProperty("instance", new StringSchema().description("the path of the request"))
                .addProperty("code", new StringSchema().description("a stable name for programs, e.g. "
                        + "OverlappingLeave, ValidationFailed, EXPIRED_TOKEN").example("OverlappingLeave"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("the invalid fields (400 only)"));
    }
}
