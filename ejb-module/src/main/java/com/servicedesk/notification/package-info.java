/**
 * What the bank tells its customers in writing: the letters the complaint rules require, each
 * numbered and kept with its SHA-256, and the outbox that delivers them by e-mail (WildFly's mail
 * session) or SMS (an HTTP gateway), or lists them for the post. An outbox row is written in the
 * transaction of the change it tells of, so a notification is never lost and never sent for a change
 * that rolled back; delivery retries with back-off and announces each delivery as a
 * {@link com.servicedesk.notification.Delivered} event, from which the case records how and when the
 * customer was told.
 */
package com.servicedesk.notification;
