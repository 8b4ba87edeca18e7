package org.leavenotify.adapter.web.problem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.leavenotify.application.auth.AuthenticationFailed;
import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.leavenotify.application.shared.ConcurrentUpdate;
import org.leavenotify.application.shared.StoreUnavailable;
import org.leavenotify.domain.shared.DomainRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where failures become HTTP answers, all as {@code application/problem+json} (RFC 9457)
 * with a {@code code} member for programs:
 * <ul>
 *   <li>a business refusal by its kind: invalid input 400, not found 404, not allowed 403, state
 *       conflict 409, business rule 422; {@code code} is the refusal's name, e.g. {@code OverlappingLeave};</li>
 *   <li>a failed login 401 with the same body whatever the cause; a locked username 429 with
 *       {@code Retry-After};</li>
 *   <li>Bean Validation 400 with {@code errors: [{field, message}]}; unreadable bodies (malformed JSON,
 *       wrong types, unknown enum values, missing or oversized bodies) 400 saying what is wrong;</li>
 *   <li>an unreachable store 503 with {@code Retry-After}; anything unexpected 500 with a generic
 *       detail, logged with its stack trace here and never sent to the client.</li>
 * </ul>
 * Spring MVC's own errors (unknown path 404, wrong method 405, unsupported media type 415, ...) keep
 * Spring's problem bodies, with a {@code code} added.
 */
@RestControllerAdvice
final class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final String BAD_CREDENTIALS_DETAIL = Reason.BAD_CREDENTIALS.description();
    /** The code of a login refused because its address failed too often (as it was when a filter said it). */
    static final String TOO_MANY_LOGIN_FAILURES = "TooManyLoginFailures";

    private final Duration storeRetryAfter;

    ApiExceptionHandler(WebProperties properties) {
        this.storeRetryAfter = properties.storeRetryAfter();
    }

    @ExceptionHandler(DomainRefusal.class)
    ResponseEntity<ProblemDetail> refused(DomainRefusal refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case STATE_CONFLICT -> HttpStatus.CONFLICT;
            case BUSINESS_RULE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).body(Problems.problem(status, refusal.code(), refusal.getMessage()));
    }

    /**
     * Login failures. Unknown user, wrong password and inactive account all get the same body, so the
     * answer does not tell which usernames exist; a locked username gets 429 until the lock ends.
     */
    @ExceptionHandler(AuthenticationFailed.class)
    ResponseEntity<ProblemDetail> authenticationFailed(AuthenticationFailed failure) {
        if (failure.reason() == Reason.LOCKED || failure.reason() == Reason.TOO_MANY_FAILURES_FROM_ADDRESS) {
            HttpHeaders headers = new HttpHeaders();
            failure.retryAfter().ifPresent(wait -> headers.set(HttpHeaders.RETRY_AFTER, seconds(wait)));
            String code = failure.reason() == Reason.LOCKED ? Reason.LOCKED.name() : TOO_MANY_LOGIN_FAILURES;
            String detail = (failure.reason() == Reason.LOCKED
                    ? "too many failed attempts for this username from your address"
                    : "too many failed attempts from your address")
                    + failure.retryAfter().map(wait -> "; try again in " + seconds(wait) + " s").orElse("; try again later");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).headers(headers)
                    .body(Problems.problem(HttpStatus.TOO_MANY_REQUESTS, code, detail));
        }
        Reason reason = switch (failure.reason()) {
            case BAD_CREDENTIALS, INACTIVE_USER -> Reason.BAD_CREDENTIALS;
            default -> failure.reason();
        };
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.plain())
                .body(Problems.problem(HttpStatus.UNAUTHORIZED, reason.name(), reason.description()));
    }

    @ExceptionHandler(StoreUnavailable.class)
    ResponseEntity<ProblemDetail> storeUnavailable(StoreUnavailable failure) {
        LOG.warn("Store unavailable: {}", failure.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, seconds(storeRetryAfter))
                .body(storeUnavailableProblem());
    }

    static ProblemDetail storeUnavailableProblem() {
        return Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "StoreUnavailable",
                "the data store cannot be reached; nothing was changed, try again later");
    }

    @ExceptionHandler(ConcurrentUpdate.class)
    ResponseEntity<ProblemDetail> concurrentUpdate(ConcurrentUpdate failure) {
        LOG.info("Concurrent update persisted after retries: {}", failure.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.problem(HttpStatus.CONFLICT,
                "ConcurrentUpdate", "someone else changed this at the same time; read it again and retry"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException denied) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.problem(HttpStatus.FORBIDDEN,
                "AccessDenied", "you may not do this"));
    }

    @ExceptionHandler(RequestBodyTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestBodyTooLarge tooLarge) {
        return ResponseEntity.badRequest().body(Problems.problem(HttpStatus.BAD_REQUEST, RequestBodyLimitFilter.CODE,
                tooLarge.getMessage()));
    }

    /** Whatever nobody expected: logged in full here, reported without any detail of it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, WebRequest request) {
        LOG.error("Unexpected failure handling {}", request.getDescription(false), failure);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "InternalError",
                "something went wrong on our side; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiExceptionHandler::fieldError)
                .toList();
        List<String> global = ex.getBindingResult().getGlobalErrors().stream()
                .map(error -> String.valueOf(error.getDefaultMessage())).toList();
        List<Map<String, String>> all = new ArrayList<>(errors);
        global.forEach(message -> all.add(error("", message)));
        return validationProblem(all, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors fieldErrors) {
                fieldErrors.getFieldErrors().forEach(error -> errors.add(fieldError(error)));
            } else {
                String name = result.getMethodParameter().getParameterName();
                result.getResolvableErrors().forEach(error ->
                        errors.add(error(name == null ? "" : name, String.valueOf(error.getDefaultMessage()))));
            }
        }
        return validationProblem(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        String detail = describeValue(name, ex.getValue(), ex.getRequiredType());
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "InvalidParameter", detail);
        problem.setProperty(Problems.ERRORS, List.of(error(String.valueOf(name), detail)));
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        RequestBodyTooLarge tooLarge = causeOfType(ex, RequestBodyTooLarge.class);
        if (tooLarge != null) {
            return ResponseEntity.badRequest().headers(headers).body(
                    Problems.problem(HttpStatus.BAD_REQUEST, RequestBodyLimitFilter.CODE, tooLarge.getMessage()));
        }
        return ResponseEntity.badRequest().headers(headers).body(unreadable(ex));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.NOT_FOUND, "NotFound",
                "there is nothing at /" + abbreviate(String.valueOf(ex.getResourcePath())));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).headers(headers).body(problem);
    }

    /** Adds a {@code code} to Spring MVC's own problems (404, 405, 406, 415, ...) so every error has one. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey(Problems.CODE))) {
            HttpStatus known = HttpStatus.resolve(response.getStatusCode().value());
            problem.setProperty(Problems.CODE, known == null ? "Error" + statusCode.value() : codeOf(known));
        }
        return response;
    }

    private ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        JacksonException json = causeOfType(ex, JacksonException.class);
        String message = String.valueOf(ex.getMessage());
        if (json == null) {
            if (message.startsWith("Required request body is missing")) {
                return Problems.problem(HttpStatus.BAD_REQUEST, "MissingBody", "the request body is missing");
            }
            return Problems.problem(HttpStatus.BAD_REQUEST, "UnreadableBody", "the request body cannot be read");
        }
        String path = path(json);
        if (json instanceof InvalidFormatException invalid) {
            String detail = describeValue(path, invalid.getValue(), invalid.getTargetType());
            ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "InvalidValue", detail);
            problem.setProperty(Problems.ERRORS, List.of(error(path, detail)));
            return problem;
        }
        if (json instanceof MismatchedInputException mismatch) {
            if (path.isEmpty() && String.valueOf(mismatch.getOriginalMessage()).contains("end-of-input")) {
                return Problems.problem(HttpStatus.BAD_REQUEST, "MissingBody", "the request body is missing");
            }
            String expected = mismatch.getTargetType() == null ? "another kind of value"
                    : expectedKind(mismatch.getTargetType());
            String detail = path.isEmpty()
                    ? "the request body must be a JSON object"
                    : path + ": wrong type of value; expected " + expected;
            ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "InvalidValue", detail);
            if (!path.isEmpty()) {
                problem.setProperty(Problems.ERRORS, List.of(error(path, "expected " + expected)));
            }
            return problem;
        }
        if (json instanceof StreamReadException) {
            TokenStreamLocation where = json.getLocation();
            String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            return Problems.problem(HttpStatus.BAD_REQUEST, "MalformedJson", "the request body is not valid JSON" + at);
        }
        return Problems.problem(HttpStatus.BAD_REQUEST, "UnreadableBody",
                "the request body cannot be read" + (path.isEmpty() ? "" : " at " + path));
    }

    private static String describeValue(String name, Object value, Class<?> type) {
        String prefix = name == null || name.isEmpty() ? "" : name + ": ";
        String shown = "'" + abbreviate(String.valueOf(value)) + "'";
        if (type != null && type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return prefix + shown + " is not one of " + allowed;
        }
        return prefix + shown + " is not " + expectedKind(type);
    }

    private static String expectedKind(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return switch (type.getName()) {
            case "java.time.LocalDate" -> "a date (yyyy-MM-dd)";
            case "java.time.Instant" -> "an instant (ISO-8601, e.g. 2026-11-26T10:00:00Z)";
            case "int", "java.lang.Integer", "long", "java.lang.Long" -> "a whole number";
            case "boolean", "java.lang.Boolean" -> "true or false";
            case "java.lang.String" -> "a string";
            default -> type.isArray() || List.class.isAssignableFrom(type) ? "a list" : "a valid "
                    + type.getSimpleName();
        };
    }

    private static String path(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private ResponseEntity<Object> validationProblem(List<Map<String, String>> errors, HttpHeaders headers) {
        String fields = errors.stream().map(error -> error.get("field")).filter(field -> !field.isEmpty())
                .distinct().collect(Collectors.joining(", "));
        String detail = errors.size() == 1
                ? describe(errors.get(0))
                : errors.size() + " invalid values" + (fields.isEmpty() ? "" : ": " + fields);
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "ValidationFailed", detail);
        problem.setProperty(Problems.ERRORS, errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    private static String describe(Map<String, String> error) {
        return error.get("field").isEmpty() ? error.get("message") : error.get("field") + " " + error.get("message");
    }

    private static Map<String, String> fieldError(FieldError error) {
        return error(error.getField(), String.valueOf(error.getDefaultMessage()));
    }

    private static Map<String, String> error(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    static String seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Long.toString(Math.max(1, seconds));
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** {@code Method Not Allowed} becomes {@code MethodNotAllowed}. */
    static String codeOf(HttpStatus status) {
        return Arrays.stream(status.getReasonPhrase().split("[^A-Za-z0-9]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase())
                .collect(Collectors.joining());
    }
}
