package org.sendcpd.platform.boundary;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.sendcpd.platform.control.AccessDeniedException;

/**
 * Answers a screen that asked for something not the caller's with 403 and the 403 page, however
 * deep Faces wrapped the refusal; every other failure goes on to the usual handling.
 */
public class AccessDeniedHandlerFactory extends ExceptionHandlerFactory {

  public AccessDeniedHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable failure = events.next().getContext().getException();
        if (isDenied(failure)) {
          events.remove();
          FacesContext faces = FacesContext.getCurrentInstance();
          ExternalContext external = faces.getExternalContext();
          try {
            if (!external.isResponseCommitted()) {
              external.responseReset();
              external.responseSendError(403, "Forbidden");
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          faces.responseComplete();
        }
      }
      getWrapped().handle();
    }

    static boolean isDenied(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof AccessDeniedException) {
          return true;
        }
        if (t.getCause() == t) {
          break;
        }
      }
      return false;
    }
  }
}
