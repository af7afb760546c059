/**
 * Finding work by what the customer said: a substring search over the text of complaints, service
 * requests and business applications and over customers' names, in the caller's branch scope.
 */
package com.servicedesk.search;
