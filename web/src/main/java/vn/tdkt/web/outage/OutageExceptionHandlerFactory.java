package vn.tdkt.web.outage;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tdkt.workflow.outage.DatabaseOutage;

/**
 * Wraps the page error handling (PrimeFaces'): a failure because the database cannot be reached is answered with
 * the 503 "try again" page of {@link DatabaseOutageFilter} — directly for a page request, through a redirect for
 * an ajax request (the page asked for stays as it was, nothing was saved) — instead of the generic error page.
 */
public class OutageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public OutageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new OutageExceptionHandler(getWrapped().getExceptionHandler());
    }

    static final class OutageExceptionHandler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(OutageExceptionHandler.class.getName());

        OutageExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (context != null && events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (DatabaseOutage.isCause(failure)) {
                    LOG.log(Level.WARNING, "Database unreachable during a page request; answered 503: " + failure);
                    clear();
                    answer(context);
                    return;
                }
            }
            getWrapped().handle();
        }

        private void clear() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
        }

        private static void answer(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            try {
                if (context.getPartialViewContext().isAjaxRequest()) {
                    external.redirect(external.getRequestContextPath() + "/errors/unavailable.xhtml");
                } else {
                    DatabaseOutageFilter.answer((HttpServletRequest) external.getRequest(),
                            (HttpServletResponse) external.getResponse());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
