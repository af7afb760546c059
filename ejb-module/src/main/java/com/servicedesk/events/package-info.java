/**
 * Domain events for the bank's message bus: written to an outbox in the transaction of the change they
 * tell of, published to a JMS topic on the server's broker afterwards, at least once, never for a
 * change that rolled back.
 */
package com.servicedesk.events;
