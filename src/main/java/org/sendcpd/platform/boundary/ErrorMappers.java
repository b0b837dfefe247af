package org.sendcpd.platform.boundary;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.BusyException;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;

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
          || t instanceof BusyException
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
      return json(400, new ErrorResponse(e.getMessage(), e.details()));
    }
  }

  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      return json(409, ErrorResponse.of(e.getMessage()));
    }
  }

  @Provider
  public static class Busy implements ExceptionMapper<BusyException> {
    @Override
    public Response toResponse(BusyException e) {
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
      int status = e.getResponse().getStatus();
      String message =
          switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 415 -> "Unsupported media type";
            default -> e.getMessage();
          };
      return json(status, ErrorResponse.of(message));
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Inject Logger log;

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
        return new Conflict().toResponse(conflict);
      }
      if (root instanceof BusyException busy) {
        return new Busy().toResponse(busy);
      }
      if (root instanceof ConstraintViolationException violation) {
        return new InvalidBean().toResponse(violation);
      }
      if (e instanceof WebApplicationException web) {
        return new WebApplication().toResponse(web);
      }
      log.log(Level.SEVERE, "Unexpected failure answering an API request", e);
      return json(500, ErrorResponse.of("The request could not be completed; nothing was saved"));
    }
  }
}
