package org.factcheck.web;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.factcheck.oidc.OidcFailures;

import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;

/**
 * One place that turns failures into answers: problem+json under {@code /api} (API.md: errors), a readable page
 * elsewhere. Never a stack trace. Anonymous API calls get 401 with a Basic challenge, anonymous page visits a
 * redirect to the login page.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    Template error;
    @Inject
    OidcFailures oidcFailures;

    @ServerExceptionMapper
    public Response problem(Problem problem, ContainerRequestContext request) {
        return answer(problem, request);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, ContainerRequestContext request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return answer(Problem.invalid(errors), request);
    }

    /** Named one by one too: Quarkus brings its own mappers for some of these, which answer without a body. */
    @ServerExceptionMapper({JsonProcessingException.class, com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
        com.fasterxml.jackson.core.JsonParseException.class, com.fasterxml.jackson.databind.JsonMappingException.class})
    public Response unreadableJson(JsonProcessingException e, ContainerRequestContext request) {
        return answer(Problem.badRequest("The request body is not valid JSON for this operation: "
                + e.getOriginalMessage()), request);
    }

    /** A JSON string PostgreSQL cannot store or that is not Unicode (StorableText): 400 naming the property. */
    @ServerExceptionMapper
    public Response unstorableJson(StorableTextJson.UnstorableTextException e, ContainerRequestContext request) {
        return answer(StorableText.invalid(e.field(), e.why()), request);
    }

    /**
     * Two writers passed the version check at the same moment; the database noticed (@Version) when the second
     * committed. Same answer as a stale version: 409, nothing changed.
     */
    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class,
        org.hibernate.StaleStateException.class})
    public Response concurrentWrite(Exception e, ContainerRequestContext request) {
        return answer(Problem.conflict("Someone changed this at the same moment; reload and try again.", null),
                request);
    }

    /** A transaction rolled back because of a concurrent write (the cause says which). */
    @ServerExceptionMapper
    public Response rollback(jakarta.transaction.RollbackException e, ContainerRequestContext request) {
        return isConcurrentWrite(e) ? concurrentWrite(e, request) : unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e, ContainerRequestContext request) {
        return isConcurrentWrite(e) ? concurrentWrite(e, request) : unexpected(e, request);
    }

    private static boolean isConcurrentWrite(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, ContainerRequestContext request) {
        if (OidcFailures.concerns(request.getUriInfo().getPath())) {
            return oidcFailures.noIdentity(); // "Sign in with ...": to the provider, or a replayed answer refused
        }
        return Uni.createFrom().item(anonymous(request));
    }

    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, ContainerRequestContext request) {
        if (OidcFailures.concerns(request.getUriInfo().getPath())) {
            return oidcFailures.authenticationFailed(e);
        }
        Integer status = e.getAttribute(AuthRefusal.STATUS);
        if (status != null) {
            String title = status == 403 ? "Forbidden" : "Unauthorized";
            Response.ResponseBuilder answer = Response.fromResponse(answer(new Problem(status, title,
                    e.getAttribute(AuthRefusal.DETAIL), List.of(), null), request));
            String challenge = e.getAttribute(AuthRefusal.CHALLENGE);
            return Uni.createFrom().item(challenge == null ? answer.build()
                    : answer.header("WWW-Authenticate", challenge).build());
        }
        return Uni.createFrom().item(anonymous(request));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return answer(Problem.forbidden("Your role does not allow this."), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource cannot be served in the requested format.";
            case 413 -> "The request body is too large.";
            case 415 -> "This content type is not accepted here.";
            default -> e.getMessage() == null ? title : e.getMessage();
        };
        return answer(new Problem(status, title, detail, List.of(), null), request);
    }

    /** The form parser says so when a form body is not valid URL encoding (e.g. "%%%"); anything else is ours. */
    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e, ContainerRequestContext request) {
        if (e.getMessage() != null && e.getMessage().startsWith("Failed to decode")) {
            return answer(Problem.badRequest("The form data is not valid URL encoding."), request);
        }
        return unexpected(e, request);
    }

    /**
     * A chunked body (no Content-Length) that passes quarkus.http.limits.max-body-size while it is read: Quarkus has
     * already answered 413 and closed (BodySizeLimit covers bodies that announce their size). Not our failure.
     */
    @ServerExceptionMapper
    public Response io(java.io.IOException e, ContainerRequestContext request) {
        if ("Request too large".equals(e.getMessage())) {
            LOG.debug("Chunked body over the limit on " + request.getUriInfo().getPath());
            return answer(Problem.tooLarge("The request body is over the limit."), request);
        }
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, ContainerRequestContext request) {
        LOG.error("Unexpected failure on " + request.getMethod() + " " + request.getUriInfo().getPath(), e);
        return answer(new Problem(500, "Internal error", "Something went wrong on our side; it has been logged.",
                List.of(), null), request);
    }

    private Response anonymous(ContainerRequestContext request) {
        if (isApi(request)) {
            Problem problem = new Problem(401, "Unauthorized", "Log in first: send HTTP Basic credentials or the "
                    + "session cookie.", List.of(), null);
            return Response.fromResponse(answer(problem, request))
                    .header("WWW-Authenticate", "Basic realm=\"factcheck\", charset=\"UTF-8\"").build();
        }
        // a failed form login reaches this mapper too (proactive authentication is off): show why
        boolean failedLogin = request.getUriInfo().getPath().endsWith("/j_security_check");
        return Response.seeOther(URI.create(failedLogin ? "/login/failed" : "/login")).build();
    }

    private Response answer(Problem problem, ContainerRequestContext request) {
        if (isApi(request) || !acceptsHtml(request)) {
            return Response.status(problem.status()).type(ProblemBody.MEDIA_TYPE).entity(ProblemBody.of(problem))
                    .build();
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(error.data("problem", problem)).build();
    }

    private static boolean isApi(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static boolean acceptsHtml(ContainerRequestContext request) {
        String accept = request.getHeaderString("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
