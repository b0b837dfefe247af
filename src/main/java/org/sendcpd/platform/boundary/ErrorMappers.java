package org.sendcpd.platform.boundary;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.BusyException;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.DatabaseConflicts;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.ServerBusyException;
import org.sendcpd.platform.control.StaleEditException;
import org.sendcpd.platform.control.TooLargeException;

/** Turns exceptions into the JSON error answers of the API contract. */
public final class ErrorMappers {

  private ErrorMappers() {}

  static Response json(int status, ErrorResponse body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** Unwraps the cause when a transactional bean wrapped our exception. */
  static Throwable rootOf(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      if (t instanceof AccessDeniedException
          || t instanceof InvalidInputException
          || t instanceof ConflictException
          || t instanceof ServerBusyException
          || t instanceof ConstraintViolationException) {
        return t;
      }
      t = t.getCause();
    }
    return t;
  }

  @Provider
  public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
    @Override
    public Response toResponse(AccessDeniedException e) {
      return json(403, ErrorResponse.of(e.getMessage()));
    }
  }

  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      int status = e instanceof TooLargeException ? 413 : 400;
      return json(status, new ErrorResponse(e.getMessage(), e.details()));
    }
  }

  /**
   * 409 for a clash; 412 for an edit of a stale copy the caller named with If-Match (409 when two
   * saves without If-Match met); 503 with Retry-After when the database stayed busy.
   */
  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(ConflictException e) {
      if (e instanceof BusyException) {
        return Response.fromResponse(json(503, ErrorResponse.of(e.getMessage())))
            .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
            .build();
      }
      if (e instanceof StaleEditException stale) {
        boolean ifMatch = headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
        return json(ifMatch ? 412 : 409, new ErrorResponse(e.getMessage(), stale.details()));
      }
      return json(409, ErrorResponse.of(e.getMessage()));
    }
  }

  static final int RETRY_AFTER_SECONDS = 2;

  @Provider
  public static class Busy implements ExceptionMapper<ServerBusyException> {
    @Override
    public Response toResponse(ServerBusyException e) {
      return Response.status(503)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .header("Retry-After", e.retryAfterSeconds())
          .entity(ErrorResponse.of(e.getMessage()))
          .build();
    }
  }

  @Provider
  public static class InvalidBean implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<Object> details =
          e.getConstraintViolations().stream()
              .map(ErrorMappers::describe)
              .map(Object.class::cast)
              .toList();
      return json(400, new ErrorResponse("Some fields are not valid", details));
    }
  }

  static Map<String, String> describe(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    int dot = path.lastIndexOf('.');
    return Map.of("field", dot < 0 ? path : path.substring(dot + 1), "message", v.getMessage());
  }

  @Provider
  public static class WebApplication implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Optional<Response> badQuery = queryParameter(e);
      if (badQuery.isPresent()) {
        return badQuery.get();
      }
      int status = e.getResponse().getStatus();
      String message =
          switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 415 -> "Unsupported media type";
            // Jersey's own words for a body it cannot parse at all, such as a form without boundary
            case 400 ->
                "HTTP 400 Bad Request".equals(e.getMessage())
                    ? "The body could not be read as the Content-Type it names; nothing was saved"
                    : e.getMessage();
            default -> e.getMessage();
          };
      return json(status, ErrorResponse.of(message));
    }
  }

  /**
   * Jersey answers 404 for a query parameter it cannot convert (schoolId=abc), as JAX-RS says; for
   * our clients that is bad input naming the parameter. A path parameter stays 404: no such thing.
   */
  static Optional<Response> queryParameter(WebApplicationException e) {
    if (!e.getClass().getName().endsWith("ParamException$QueryParamException")) {
      return Optional.empty();
    }
    String name;
    try {
      name = String.valueOf(e.getClass().getMethod("getParameterName").invoke(e));
    } catch (ReflectiveOperationException | RuntimeException unknown) {
      name = "(query)";
    }
    boolean number = false;
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      number |= t instanceof NumberFormatException;
    }
    String message = number ? "must be a whole number" : "is not a value this parameter takes";
    return Optional.of(
        json(
            400,
            new ErrorResponse(
                "The query parameter " + name + " " + message,
                List.of(Map.of("field", name, "message", message)))));
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Inject Logger log;
    @Context HttpHeaders headers;

    Unexpected withLog(Logger logger) {
      this.log = logger;
      return this;
    }

    @Override
    public Response toResponse(RuntimeException e) {
      Throwable root = rootOf(e);
      if (root instanceof AccessDeniedException denied) {
        return new AccessDenied().toResponse(denied);
      }
      if (root instanceof InvalidInputException invalid) {
        return new InvalidInput().toResponse(invalid);
      }
      if (root instanceof ConflictException conflict) {
        return conflict(conflict);
      }
      if (root instanceof ServerBusyException busy) {
        return new Busy().toResponse(busy);
      }
      if (root instanceof ConstraintViolationException violation) {
        return new InvalidBean().toResponse(violation);
      }
      if (e instanceof WebApplicationException web) {
        return new WebApplication().toResponse(web);
      }
      Optional<Response> refused = InputErrorMappers.clientError(e);
      if (refused.isPresent()) {
        log.log(Level.FINE, "Refused input that could not be read", e);
        return refused.get();
      }
      // Services marked @RetryLockConflicts translate these; this covers every other path.
      if (DatabaseConflicts.isLockConflict(e)) {
        return conflict(new BusyException(e));
      }
      if (DatabaseConflicts.isStaleWrite(e)) {
        return conflict(StaleEditException.savedAtOnce(e));
      }
      if (DatabaseConflicts.isDuplicate(e)) {
        return conflict(DatabaseConflicts.duplicate(e));
      }
      log.log(Level.SEVERE, "Unexpected failure answering an API request", e);
      return json(500, ErrorResponse.of("The request could not be completed; nothing was saved"));
    }

    private Response conflict(ConflictException e) {
      Conflict mapper = new Conflict();
      mapper.headers = headers;
      return mapper.toResponse(e);
    }
  }
}
