package com.servicedesk.web.api;

import com.servicedesk.calendar.CalendarVersionView;
import com.servicedesk.calendar.HolidayCalendarAdministration;
import com.servicedesk.calendar.HolidayNoticeParser;
import com.servicedesk.calendar.ProposedDay;
import com.servicedesk.customer.PersonalDataRotation;
import com.servicedesk.security.NewStaff;
import com.servicedesk.shared.Role;
import com.servicedesk.security.StaffAdministration;
import com.servicedesk.security.StaffView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The administrator's API: staff accounts, personal-data key rotation, holiday calendars. No business data. */
@Tag(name = "administration")
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminResource {

    /** A new role and scope for an account. */
    public record RoleChange(@NotNull Role role, @Size(max = 16) String branchCode, @Size(max = 16) String regionCode) {
    }

    @EJB
    private StaffAdministration staff;

    @EJB
    private PersonalDataRotation rotation;

    @EJB
    private HolidayCalendarAdministration calendars;

    /** A year's arrangement as proposed: the notice it comes from and its days. */
    public record CalendarProposal(@Size(max = 300) String source, LocalDate noticeDate,
                                   @Size(max = 400) List<ProposedDay> days) {
    }

    /** Why a proposal is withdrawn. */
    public record Withdrawal(@NotNull @Size(min = 1, max = 1000) String reason) {
    }

    @Operation(operationId = "listStaff", summary = "List staff accounts",
            description = "Every staff account with role, scope and state.")
    @GET
    @Path("users")
    public List<StaffView> users() {
        return staff.users();
    }

    @Operation(operationId = "createStaff", summary = "Create a staff account",
            description = "Creates a staff account with a role and a branch or region.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = StaffView.class)))
    @POST
    @Path("users")
    public Response create(@Valid @NotNull NewStaff body) {
        return Response.status(Response.Status.CREATED).entity(staff.create(body)).build();
    }

    @Operation(operationId = "changeStaffRole", summary = "Change a member's role",
            description = "Changes a staff member's role and branch or region scope.")
    @PUT
    @Path("users/{username}/role")
    public StaffView changeRole(@PathParam("username") String username, @Valid @NotNull RoleChange body) {
        return staff.changeRole(username, body.role(), body.branchCode(), body.regionCode());
    }

    @Operation(operationId = "unlockStaff", summary = "Unlock an account",
            description = "Unlocks an account locked after failed sign-ins.")
    @POST
    @Path("users/{username}/unlock")
    public StaffView unlock(@PathParam("username") String username) {
        return staff.unlock(username);
    }

    @Operation(operationId = "disableStaff", summary = "Disable an account",
            description = "Disables an account; it can no longer sign in.")
    @POST
    @Path("users/{username}/disable")
    public StaffView disable(@PathParam("username") String username) {
        return staff.setEnabled(username, false);
    }

    @Operation(operationId = "enableStaff", summary = "Enable an account",
            description = "Enables a disabled account again.")
    @POST
    @Path("users/{username}/enable")
    public StaffView enable(@PathParam("username") String username) {
        return staff.setEnabled(username, true);
    }

    @Operation(operationId = "proposeHolidayCalendar", summary = "Propose a year's holiday calendar",
            description = "Proposes a year's holiday arrangement from the State Council's notice: 201 for a new version, 200 for a revised proposal. Another administrator approves it.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = CalendarVersionView.class)))
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CalendarVersionView.class)))
    @PUT
    @Path("holiday-calendars/{year}")
    public Response proposeCalendar(@PathParam("year") int year, @Valid @NotNull CalendarProposal body) {
        HolidayCalendarAdministration.Proposal proposal = calendars.propose(year, body.source(), body.noticeDate(),
                body.days());
        return Response.status(proposal.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(proposal.version()).build();
    }

    @Operation(operationId = "listHolidayCalendarVersions", summary = "A year's calendar versions",
            description = "Every version of a year ever entered, newest first, with their days.")
    @GET
    @Path("holiday-calendars/{year}")
    public List<CalendarVersionView> calendarVersions(@PathParam("year") int year) {
        return calendars.history(year);
    }

    @Operation(operationId = "approveHolidayCalendar", summary = "Approve a holiday calendar",
            description = "Another administrator than the proposer puts the proposal in force; open cases' deadlines are counted again.")
    @POST
    @Path("holiday-calendars/{year}/approve")
    public CalendarVersionView approveCalendar(@PathParam("year") int year) {
        return calendars.approve(year);
    }

    @Operation(operationId = "withdrawHolidayCalendar", summary = "Withdraw a proposal",
            description = "Withdraws a holiday calendar proposal before it is approved.")
    @POST
    @Path("holiday-calendars/{year}/withdraw")
    public CalendarVersionView withdrawCalendar(@PathParam("year") int year, @Valid @NotNull Withdrawal body) {
        return calendars.withdraw(year, body.reason());
    }

    @Operation(operationId = "parseHolidayNotice", summary = "Read a holiday notice",
            description = "Reads the days out of a pasted notice (or one day per line) without storing anything.")
    @POST
    @Path("holiday-calendars/{year}/parse")
    @Consumes(MediaType.TEXT_PLAIN)
    public HolidayNoticeParser.Parsed parseNotice(@PathParam("year") int year, @Size(max = 20000) String text) {
        return HolidayNoticeParser.parse(year, text);
    }

    @Operation(operationId = "rotatePersonalDataKey", summary = "Rotate the personal-data key",
            description = "Re-encrypts personal data under the current key and recomputes the search indexes.")
    @POST
    @Path("pii-rotation")
    public PersonalDataRotation.Result rotate() {
        return rotation.rotate();
    }
}
