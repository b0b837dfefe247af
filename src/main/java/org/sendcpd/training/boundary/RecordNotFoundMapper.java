package org.sendcpd.training.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.sendcpd.training.control.RecordNotFoundException;

/** A CPD record that does not exist answers 404 in the API's error format. */
@Provider
public class RecordNotFoundMapper implements ExceptionMapper<RecordNotFoundException> {

  @Override
  public Response toResponse(RecordNotFoundException e) {
    return Response.status(404)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("error", e.getMessage(), "details", List.of()))
        .build();
  }
}
