package org.factcheck.web;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

/**
 * JSON-LD is JSON (ClaimReview, W3C Web Annotation exports): served as {@code application/ld+json} to a client
 * that accepts it (or anything: {@code *}{@code /*}, {@code application/*}, no Accept), as {@code application/json}
 * to one that prefers plain JSON, and 406 to one that accepts neither. Chosen here rather than by two
 * {@code @Produces} types, with which the server answered {@code application/*} with application/octet-stream.
 */
public final class JsonLd {

    public static final String MEDIA_TYPE = "application/ld+json";
    private static final MediaType LD = MediaType.valueOf(MEDIA_TYPE);

    private JsonLd() {
    }

    /** The media type to answer with; {@code acceptable} is sorted by preference, as JAX-RS gives it. */
    public static String mediaType(List<MediaType> acceptable) {
        if (acceptable.isEmpty()) {
            return MEDIA_TYPE;
        }
        for (MediaType type : acceptable) {
            if (refused(type)) {
                continue;
            }
            if (type.isCompatible(LD)) {
                return MEDIA_TYPE;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON;
            }
        }
        throw new Problem(406, "Not Acceptable", "This resource is JSON-LD: accept " + MEDIA_TYPE + " or "
                + MediaType.APPLICATION_JSON + ".", List.of(), null);
    }

    /** {@code q=0}: "not this one". */
    private static boolean refused(MediaType type) {
        try {
            String q = type.getParameters().get("q");
            return q != null && Double.parseDouble(q) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
