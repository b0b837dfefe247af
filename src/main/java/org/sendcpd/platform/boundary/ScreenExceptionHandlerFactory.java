package org.sendcpd.platform.boundary;

import jakarta.faces.application.ViewExpiredException;
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
 * Turns two failures of screens into the pages people should see, however deep Faces wrapped them:
 * a refusal becomes 403 with the 403 page, an expired view the "timed out" page. Every other
 * failure goes on to the usual handling (the 500 page).
 */
public class ScreenExceptionHandlerFactory extends ExceptionHandlerFactory {

  public ScreenExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
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
        boolean denied = find(failure, AccessDeniedException.class);
        boolean expired = !denied && find(failure, ViewExpiredException.class);
        if (denied || expired) {
          events.remove();
          answer(FacesContext.getCurrentInstance(), denied);
        }
      }
      getWrapped().handle();
    }

    private static void answer(FacesContext faces, boolean denied) {
      ExternalContext external = faces.getExternalContext();
      try {
        if (denied && !external.isResponseCommitted()) {
          external.responseReset();
          external.responseSendError(403, "Forbidden");
        } else if (!denied) {
          // A redirect works for full requests and, through Faces, for Ajax ones too.
          external.redirect(external.getRequestContextPath() + "/error/expired.xhtml");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }

    static boolean find(Throwable failure, Class<? extends Throwable> type) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (type.isInstance(t)) {
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
