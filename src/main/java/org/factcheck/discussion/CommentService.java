package org.factcheck.discussion;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.annotation.Annotation;
import org.factcheck.claim.Claim;
import org.factcheck.review.LiveEvents;
import org.factcheck.user.AppUser;
import org.factcheck.web.ApiSchema;
import org.factcheck.web.Problem;

/** Discussion on claims and replies on notes; "@username" mentions reach that person's My work page. */
@ApplicationScoped
@Transactional
public class CommentService {

    static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}@._-])@([a-z0-9][a-z0-9._-]{1,63})");

    @Inject
    LiveEvents events;

    public record CommentRequest(
            @Schema(required = true, pattern = ApiSchema.NOT_BLANK, maxLength = 5000) String body) {
    }

    public Comment onClaim(long claimId, CommentRequest request, AppUser user) {
        Claim claim = Claim.<Claim>findByIdOptional(claimId).orElseThrow(() -> Problem.notFound("claim", claimId));
        Comment comment = newComment(request, user);
        comment.claimId = claimId;
        return save(comment, claim.articleId);
    }

    public Comment onAnnotation(long annotationId, CommentRequest request, AppUser user) {
        Annotation note = Annotation.<Annotation>findByIdOptional(annotationId)
                .orElseThrow(() -> Problem.notFound("note", annotationId));
        Comment comment = newComment(request, user);
        comment.annotationId = annotationId;
        return save(comment, note.articleId);
    }

    /** The current user's mentions, newest first; unread only if asked. One query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MentionView> mentionsOf(AppUser user, boolean unreadOnly) {
        List<Object[]> rows = Mention.getEntityManager().createQuery("select m.id, c.createdAt, u.username,"
                + " u.displayName, c.body, c.claimId, c.annotationId, coalesce(cl.articleId, a.articleId), m.readAt"
                + " from Mention m join m.comment c join c.createdBy u left join Claim cl on cl.id = c.claimId"
                + " left join Annotation a on a.id = c.annotationId where m.user.id = :user"
                + (unreadOnly ? " and m.readAt is null" : "") + " order by m.id desc", Object[].class)
                .setParameter("user", user.id).setMaxResults(200).getResultList();
        return rows.stream().map(r -> new MentionView((Long) r[0], (OffsetDateTime) r[1], (String) r[2],
                (String) r[3], (String) r[4], (Long) r[5], (Long) r[6], (Long) r[7], (OffsetDateTime) r[8])).toList();
    }

    public void markRead(long mentionId, AppUser user) {
        Mention mention = Mention.<Mention>findByIdOptional(mentionId)
                .filter(m -> m.user.id.equals(user.id))
                .orElseThrow(() -> Problem.notFound("mention of you", mentionId));
        if (mention.readAt == null) {
            mention.readAt = OffsetDateTime.now();
        }
    }

    private static Comment newComment(CommentRequest request, AppUser user) {
        String body = request == null || request.body() == null ? "" : request.body().strip();
        if (body.isEmpty()) {
            throw Problem.invalid("body", "Write something first.");
        }
        if (body.length() > 5000) {
            throw Problem.invalid("body", "A comment has at most 5,000 characters.");
        }
        Comment comment = new Comment();
        comment.body = body;
        comment.createdBy = user;
        return comment;
    }

    private Comment save(Comment comment, long articleId) {
        comment.persist();
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(comment.body);
        while (m.find()) {
            names.add(m.group(1));
        }
        if (!names.isEmpty()) {
            for (AppUser mentioned : AppUser.<AppUser>list("username in ?1 and active = true", names)) {
                Mention mention = new Mention();
                mention.comment = comment;
                mention.user = mentioned;
                mention.persist();
            }
        }
        events.publish(articleId, "comment.created", comment.id, null, comment.createdBy.username);
        return comment;
    }
}
