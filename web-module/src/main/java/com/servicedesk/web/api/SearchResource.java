package com.servicedesk.web.api;

import com.servicedesk.search.SearchHit;
import com.servicedesk.search.SearchService;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Search over the cases' text and the customers' names, within the caller's scope. */
@Tag(name = "search")
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @EJB
    private SearchService search;

    @Operation(operationId = "searchCases", summary = "Search the cases",
            description = "Finds complaints, service requests and business applications whose reference, description,"
                    + " resolution or notes contain the term, or whose customer's name does, as a substring (Chinese"
                    + " needs no word boundaries: 年费 finds 信用卡年费被重复扣收), within the caller's branch scope. An"
                    + " identity number or a phone finds its customer's cases by the keyed hash only. References the"
                    + " term begins rank first, then the newest. `highlight` is HTML-escaped text with the match in"
                    + " `<em>`. A term of fewer than two characters is 400.")
    @GET
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public Page<SearchHit> search(
            @Parameter(description = "The term, 2 to 100 characters", required = true,
                    schema = @Schema(type = SchemaType.STRING, minLength = 2, maxLength = 100)) @QueryParam("q") String q,
            @Parameter(description = "One kind of case; all three when absent",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"complaint", "service-request", "application"}))
            @QueryParam("type") String type,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return search.search(q, type, Paging.of(page, size));
    }
}
