package com.servicedesk.web.api;

import com.servicedesk.attachment.CaseKind;
import com.servicedesk.attachment.CaseNotes;
import com.servicedesk.attachment.NoteView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The notes of one case, the sub-resource {@code …/{id}/notes} of complaints, service requests and applications. */
@Tag(name = "case-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseNotesResource {

    /** A note's text. */
    public record NewNote(@NotBlank @Size(max = CaseNotes.MAX_LENGTH) String text) {
    }

    @EJB
    private CaseNotes notes;

    private CaseKind kind;
    private long caseId;
    private UriBuilder self;

    CaseNotesResource of(CaseKind caseKind, long id, UriBuilder notesUri) {
        kind = caseKind;
        caseId = id;
        self = notesUri;
        return this;
    }

    @Operation(operationId = "listNotes", summary = "The case's notes",
            description = "The notes staff wrote on the case, oldest first.")
    @GET
    public Map<String, List<NoteView>> list() {
        return Map.of("items", notes.list(kind, caseId));
    }

    @Operation(operationId = "getNote", summary = "One note of the case", description = "One note of the case.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = NoteView.class)))
    @GET
    @Path("{noteId:[0-9]{1,18}}")
    public NoteView get(@PathParam("noteId") long noteId) {
        return notes.get(kind, caseId, noteId);
    }

    @Operation(operationId = "addNote", summary = "Write a note on the case",
            description = "Adds a note; the case's history records it with the note's digest (ADD_NOTE).")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = NoteView.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Valid @NotNull NewNote body) {
        NoteView note = notes.add(kind, caseId, body.text());
        return Response.created(self.path(Long.toString(note.id())).build()).entity(note).build();
    }
}
