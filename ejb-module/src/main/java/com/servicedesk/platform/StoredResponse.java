package com.servicedesk.platform;

/** An answer kept for replay: the request it answered (by hash) and what was sent back. */
public record StoredResponse(String method, String path, String requestHash, int status, String location,
                             String body) {
}
