package com.servicedesk.notification;

/** A delivery attempt that did not reach the customer's mail server or the SMS gateway; it is retried. */
public class DeliveryException extends Exception {

    public DeliveryException(String message) {
        super(message);
    }

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
