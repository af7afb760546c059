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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customers: register, read one, search. Identity numbers and phones leave masked. */
@Tag(name = "customers")
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

    @RequestBody(required = true, content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "customer", summary = "A customer with a mobile number", value = "{\"name\":\"何晓燕\",\"idNumber\":\"110101199003071234\",\"phone\":\"13911112222\"}")}))
    @Operation(operationId = "registerCustomer", summary = "Register a customer",
            description = "Registers a customer with identity number and phone, stored encrypted and shown masked. A repeated Idempotency-Key answers the first answer.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = CustomerView.class)))
    @POST
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response register(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull NewCustomer body) {
        return idempotency.create(key, security.getUserPrincipal().getName(), uri.getPath(), body, () -> {
            CustomerView view = customers.register(body);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build(),
                    view, view.version());
        });
    }

    @Operation(operationId = "getCustomer", summary = "Read a customer",
            description = "A customer in the caller's scope, personal data masked; the version is the ETag.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CustomerView.class)))
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

    @Operation(operationId = "unmaskCustomerField", summary = "Show one clear value",
            description = "Shows one clear value of a customer's personal data to a supervisor or manager who states why; the view is audited and the answer is not cached.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CustomerResource.Revealed.class)))
    @POST
    @Path("{id:[0-9]{1,18}}/unmask")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response reveal(@PathParam("id") long id, @Valid @NotNull RevealRequest body) {
        return Response.ok(new Revealed(body.field(), customers.reveal(id, body.field(), body.reason())))
                .header("Cache-Control", "no-store").build();
    }

    @Operation(operationId = "changeCustomerContact", summary = "Correct a customer's contact data",
            description = "Corrects name, phone, e-mail or preferred channel; send the ETag read as If-Match to be refused (412) if someone changed the customer first.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CustomerView.class)))
    @PATCH
    @Path("{id:[0-9]{1,18}}")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response changeContact(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                  @Valid @NotNull ContactChange body) {
        CustomerView view = customers.changeContact(id, Versions.expected(ifMatch), body);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "searchCustomers", summary = "Find customers",
            description = "Finds customers by exact identity number or phone (matched on their keyed hash) or by part of the name, within the caller's scope.")
    @GET
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public Page<CustomerView> search(@QueryParam("q") String q, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return customers.search(q, Paging.of(page, size));
    }
}
