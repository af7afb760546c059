package com.servicedesk.web.api;

import com.servicedesk.customer.ContactChange;
import com.servicedesk.customer.CustomerService;
import com.servicedesk.customer.CustomerView;
import com.servicedesk.customer.NewCustomer;
import com.servicedesk.security.PersonalDataKind;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/** Customers: register, read one, search. Identity numbers and phones leave masked. */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @EJB
    private CustomerService customers;

    @Inject
    private Idempotency idempotency;

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @POST
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response register(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull NewCustomer body) {
        return idempotency.create(key, security.getUserPrincipal().getName(), uri.getPath(), body, () -> {
            CustomerView view = customers.register(body);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build(),
                    view, view.version());
        });
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public Response get(@PathParam("id") long id) {
        CustomerView view = customers.get(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    /** Which personal field to show in clear, and why. */
    public record RevealRequest(@NotNull PersonalDataKind field, @NotBlank @Size(max = 500) String reason) {
    }

    /** A clear value, shown once. */
    public record Revealed(PersonalDataKind field, String value) {
    }

    /** Shows one clear value to a supervisor or manager who states why; the view is audited. */
    @POST
    @Path("{id:[0-9]{1,18}}/unmask")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response reveal(@PathParam("id") long id, @Valid @NotNull RevealRequest body) {
        return Response.ok(new Revealed(body.field(), customers.reveal(id, body.field(), body.reason())))
                .header("Cache-Control", "no-store").build();
    }

    /** Corrects name or phone; send the ETag you read as If-Match to be refused (412) if someone was faster. */
    @PATCH
    @Path("{id:[0-9]{1,18}}")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response changeContact(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                  @Valid @NotNull ContactChange body) {
        CustomerView view = customers.changeContact(id, Versions.expected(ifMatch), body);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @GET
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public Page<CustomerView> search(@QueryParam("q") String q, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return customers.search(q, Paging.of(page, size));
    }
}
