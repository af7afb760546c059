/**
 * Working through the case lists: saved views (a list's filters and sort under a name, one's own or
 * shared with the branch, counted in each viewer's scope) and bulk actions on a selection (assign, add
 * a note, close service requests whose loop is complete, export), each item through the same checks as
 * a single action, in a transaction of its own.
 */
package com.servicedesk.workqueue;
