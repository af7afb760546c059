package com.servicedesk.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/** One transaction around a creation and the record of its answer, so that both commit or neither. */
@ApplicationScoped
public class IdempotentTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Response run(Supplier<Response> work) {
        return work.get();
    }
}
