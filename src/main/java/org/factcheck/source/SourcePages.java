package org.factcheck.source;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factcheck.user.Role;
import org.factcheck.web.Problem;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The source page: its snapshots, every claim citing it, reliability notes, merging duplicates. */
@Path("/sources")
@Produces(MediaType.TEXT_HTML)
public class SourcePages {

    @Inject
    SourceService sources;

    @Location("source/show.html")
    Template show;

    @GET
    @Path("{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance show(@PathParam("id") long id) {
        return page(id, null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response update(@PathParam("id") long id, @RestForm String title, @RestForm String publisher,
            @RestForm String reliabilityNote, @RestForm Integer version) {
        return act(id, id, () -> sources.update(id, new SourceService.SourcePatch(title, publisher, reliabilityNote,
                version)));
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response merge(@PathParam("id") long id, @RestForm Long into) {
        return act(id, into == null ? id : into, () -> sources.merge(id, new SourceService.MergeRequest(into)));
    }

    @POST
    @Path("{id}/recheck")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response recheck(@PathParam("id") long id) {
        return act(id, id, () -> sources.recheck(id));
    }

    private Response act(long id, long then, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create("/sources/" + then)).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page(id, problem)).build();
        }
    }

    private TemplateInstance page(long id, Problem problem) {
        Source source = sources.find(id);
        List<SourceSnapshot> snapshots = SourceSnapshot.forSource(id);
        return show.data("source", source).data("snapshots", snapshots)
                .data("first", snapshots.isEmpty() ? null : snapshots.get(0))
                .data("citations", sources.citations(id)).data("duplicates", sources.likelyDuplicates(source))
                .data("problem", problem);
    }
}
