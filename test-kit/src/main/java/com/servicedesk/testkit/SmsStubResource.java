package com.servicedesk.testkit;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMS gateway's HTTP interface as the server's {@code SmsGateway} calls it: {@code POST} of
 * {@code {"to", "text", "reference"}} with the bearer token {@code servicedesk.sms.token}. Open to
 * the server itself without a signed-in user, like a provider's endpoint; the token guards it.
 */
@Path("sms-stub/messages")
@RequestScoped
@PermitAll
public class SmsStubResource {

    @Inject
    private SmsStub stub;

    @Inject
    @ConfigProperty(name = "servicedesk.sms.token")
    private Optional<String> token;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("Authorization") String authorization, SmsStub.Message message) {
        if (token.isPresent() && !("Bearer " + token.get()).equals(authorization)) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        if (message == null || message.to() == null || message.text() == null) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        return stub.accept(message) ? Response.accepted().build()
                : Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
    }
}
