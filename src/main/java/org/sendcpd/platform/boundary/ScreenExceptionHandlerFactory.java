package org.sendcpd.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.BusyException;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.DatabaseConflicts;
import org.sendcpd.platform.control.StaleEditException;

/**
 * Turns failures of screens into what people should see, however deep Faces wrapped them: a refusal
 * becomes 403 with the 403 page, an expired view the "timed out" page, and a clash with someone
 * else's change (a stale record, a busy database, a conflict no bean caught) a message on the same
 * page, which keeps what the person typed. Every other failure goes on to the usual handling (the
 * 500 page).
 */
public class ScreenExceptionHandlerFactory extends ExceptionHandlerFactory {

  public ScreenExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  /** The request attribute the 403 page reads the reason of a refusal from. */
  static final String REFUSAL = "cpdRefusal";

  static class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        ExceptionQueuedEventContext context = events.next().getContext();
        Throwable failure = context.getException();
        boolean denied = find(failure, AccessDeniedException.class);
        boolean expired = !denied && find(failure, ViewExpiredException.class);
        String clash = denied || expired ? null : clash(failure);
        if (denied || expired) {
          events.remove();
          FacesContext faces = FacesContext.getCurrentInstance();
          if (denied) {
            // The error page says why, when the refusal says it in words.
            faces.getExternalContext().getRequestMap().put(REFUSAL, refusal(failure));
          }
          answer(faces, denied);
        } else if (clash != null && context.getPhaseId() != PhaseId.RENDER_RESPONSE) {
          events.remove();
          FacesContext faces = FacesContext.getCurrentInstance();
          faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, clash, ""));
          faces.validationFailed();
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

    /** The words for a clash with other people's changes, or null when it is something else. */
    static String clash(Throwable failure) {
      for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
        if (t instanceof ConflictException conflict) {
          return conflict.getMessage();
        }
      }
      if (DatabaseConflicts.isLockConflict(failure)) {
        return BusyException.MESSAGE;
      }
      if (DatabaseConflicts.isStaleWrite(failure)) {
        return StaleEditException.SAVED_AT_ONCE;
      }
      return null;
    }

    private static String refusal(Throwable failure) {
      for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
        if (t instanceof AccessDeniedException) {
          return t.getMessage();
        }
      }
      return null;
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
