package org.factcheck.suggestion;

import java.net.URI;

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

import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.Problem;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

/** The admin page of the suggestion model: retrain on the desk's decisions, compare, choose. */
@Path("/suggestions/model")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class SuggestionModelPages {

    @Inject
    SuggestionModelService models;
    @Inject
    CurrentUser currentUser;

    @Location("suggestion/model.html")
    Template page;

    @GET
    public TemplateInstance show() {
        return page(null, null);
    }

    /** Shows the new model's F1 next to the current one's on this page (it is not in use until chosen). */
    @POST
    @Path("retrain")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retrain(@RestForm String withCheckThat) {
        try {
            SuggestionModelService.Candidate candidate = models.retrain("true".equals(withCheckThat),
                    currentUser.get());
            return Response.ok(page(candidate, null)).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page(null, problem)).build();
        }
    }

    @POST
    @Path("{id}/activate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(@PathParam("id") String id) {
        models.activate(SuggestionResource.modelId(id));
        return Response.seeOther(URI.create("/suggestions/model")).build();
    }

    private TemplateInstance page(SuggestionModelService.Candidate candidate, Problem problem) {
        return page.data("overview", models.overview()).data("candidate", candidate).data("problem", problem);
    }

    @TemplateExtension
    static String f1(Double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
