package org.factcheck.intake;

import java.net.URI;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.factcheck.article.Article;
import org.factcheck.user.CurrentUser;
import org.factcheck.user.Role;
import org.factcheck.web.Problem;
import org.jboss.resteasy.reactive.RestForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * Import by URL in the browser (docs/import.md): fetch, check and correct the metadata, import; the page as it
 * was imported; "check for changes". Forms work without JavaScript (POST, then a redirect or the page again).
 */
@Path("/import")
@Produces(MediaType.TEXT_HTML)
public class ImportPages {

    @Inject
    ImportService imports;
    @Inject
    CurrentUser currentUser;
    @Inject
    WatchService watch;

    @Location("intake/from-url.html")
    Template fromUrl;
    @Location("intake/original.html")
    Template original;

    /** The form; with {@code ?url=} (the "Send to desk" bookmarklet) the page is fetched at once. */
    @GET
    @RolesAllowed(Role.EDITOR_NAME)
    public Response form(@QueryParam("url") String url) {
        if (url == null || url.isBlank()) {
            return Response.ok(page("", null, null)).build();
        }
        return preview(url);
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response preview(@RestForm String url) {
        try {
            return Response.ok(page(url, imports.preview(url), null)).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page(url, null, problem)).build();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response importStory(@RestForm String url, @RestForm String title, @RestForm String outlet,
            @RestForm String authors, @RestForm String publishedAt, @RestForm String language) {
        try {
            Article article = imports.importFromUrl(new UrlImportRequest(url, language, title, outlet, authors,
                    publishedAt), currentUser.get());
            return Response.seeOther(URI.create("/articles/" + article.id)).build();
        } catch (Problem problem) {
            ImportPreview typed = new ImportPreview(url, null, title, null, outlet, authors, publishedAt, null,
                    language, null, null, 0);
            return Response.status(problem.status()).entity(page(url, problem.status() == 409 ? null : typed,
                    problem)).build();
        }
    }

    /**
     * The page as fetched, for reading after link rot: scripts, frames, forms and event handlers removed, and
     * served with a sandboxing Content-Security-Policy so nothing in it can run or load anything.
     */
    @GET
    @Path("original/{articleId}")
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance original(@PathParam("articleId") long articleId) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> Problem.notFound("article", articleId));
        ArticleImport source = ArticleImport.<ArticleImport>findByIdOptional(articleId)
                .orElseThrow(() -> Problem.notFound("imported page of article", articleId));
        return original.data("article", article).data("source", source);
    }

    @GET
    @Path("original/{articleId}/page")
    @RolesAllowed(Role.VIEWER_NAME)
    public Response originalPage(@PathParam("articleId") long articleId) {
        ArticleImport source = ArticleImport.<ArticleImport>findByIdOptional(articleId)
                .orElseThrow(() -> Problem.notFound("imported page of article", articleId));
        return Response.ok(defanged(source.html()), "text/html; charset=utf-8")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src data:; style-src "
                        + "'unsafe-inline'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'")
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer").build();
    }

    /** "Check for changes now": fetch the story again; a changed text becomes a revision. */
    @POST
    @Path("check/{articleId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.CHECKER_NAME)
    public Response check(@PathParam("articleId") long articleId) {
        watch.check(articleId);
        return Response.seeOther(URI.create("/articles/" + articleId)).build();
    }

    /** Nothing that runs or reaches out: the CSP forbids it anyway, this keeps old browsers safe too. */
    static String defanged(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, noscript, iframe, frame, frameset, object, embed, applet, form, base, link, "
                + "meta[http-equiv]").remove();
        for (Element e : doc.getAllElements()) {
            e.attributes().asList().stream().map(a -> a.getKey())
                    .filter(k -> k.toLowerCase(java.util.Locale.ROOT).startsWith("on")
                            || k.equalsIgnoreCase("srcdoc") || k.equalsIgnoreCase("formaction"))
                    .toList().forEach(e::removeAttr);
            for (String attribute : new String[] {"href", "src", "action", "xlink:href"}) {
                if (e.attr(attribute).strip().toLowerCase(java.util.Locale.ROOT).startsWith("javascript:")) {
                    e.removeAttr(attribute);
                }
            }
        }
        return doc.outerHtml();
    }

    private TemplateInstance page(String url, ImportPreview preview, Problem problem) {
        Object link = problem != null && problem.current() instanceof Map<?, ?> m ? m.get("link") : null;
        return fromUrl.data("url", url == null ? "" : url).data("preview", preview).data("problem", problem)
                .data("duplicateLink", link);
    }
}
