/**
 * The shared kernel: the few types every bounded context speaks — business exceptions with their
 * meaning for a client (not found, conflict, stale, invalid), pages of results and the clock.
 */
package com.servicedesk.shared;
