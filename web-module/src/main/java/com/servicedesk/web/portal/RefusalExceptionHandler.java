package com.servicedesk.web.portal;

import com.servicedesk.shared.BusinessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * The portal's one answer to a business rule's refusal, wherever an action raised it: the message in
 * the user's language, the request marked as failed (so that a dialog stays open), and the page
 * rendered again. Anything else goes on to the container's error page.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            BusinessException refusal = refusal(events.next().getContext().getException());
            if (refusal != null) {
                events.remove();
                CDI.current().select(Messages.class).get().refused(refusal);
                faces.validationFailed();
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    /** The business exception behind the Faces, EL and EJB wrappers, if that is what it is. */
    static BusinessException refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException business) {
                return business;
            }
        }
        return null;
    }
}
