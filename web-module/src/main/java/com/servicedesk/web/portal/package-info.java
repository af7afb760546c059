/**
 * The staff portal's backing beans: a few lines each — read the page's input, call a service,
 * show the result or a message. Business rules stay in the services.
 */
package com.servicedesk.web.portal;
