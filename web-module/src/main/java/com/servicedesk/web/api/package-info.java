/**
 * The REST API under {@code /api/v1}: thin resources that validate input, call one service and shape
 * the answer (paging envelope, ETag, Location), and the mappers that turn every failure into an
 * RFC 9457 problem document.
 */
package com.servicedesk.web.api;
