package org.factcheck.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.factcheck.article.ArticleService;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;

/** API.md: {@code GET /api/articles/{id}/events}, server-sent events of every change to the article. */
@Path("/api/articles/{id}/events")
public class EventsResource {

    @Inject
    ArticleService articles;
    @Inject
    EventRelay relay;
    @Inject
    CurrentUser currentUser;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Role.VIEWER_NAME)
    public void events(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse) {
        articles.find(id);
        relay.subscribe(id, currentUser.get().id, sink, sse);   // sends "ready" first
    }
}
