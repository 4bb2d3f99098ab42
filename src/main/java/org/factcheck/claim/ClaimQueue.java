package org.factcheck.claim;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factcheck.user.AppUser;
import org.factcheck.user.CurrentUser;
import org.factcheck.web.EnumKeys;
import org.factcheck.web.Page;
import org.factcheck.web.Problem;

import io.quarkus.panache.common.Parameters;

/** API.md: {@code GET /api/claims?assignee=me|{userId}&status=&verdict=}, a person's work queue. */
@ApplicationScoped
public class ClaimQueue {

    @Inject
    CurrentUser currentUser;

    @Transactional
    public Page<ClaimView> list(String assignee, String status, String verdict, int page, int size) {
        Page.check(page, size);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (assignee != null && !assignee.isBlank()) {
            Long userId;
            if (assignee.equals("me")) {
                userId = currentUser.get().id;
            } else {
                try {
                    userId = Long.parseLong(assignee);
                } catch (NumberFormatException e) {
                    userId = AppUser.findByUsername(assignee).map(u -> u.id).orElseThrow(() -> Problem.invalid(
                            "assignee", "Use me, a user id or a username; '" + assignee + "' is none of them."));
                }
            }
            where.append(" and c.assignee.id = :assignee");
            params.and("assignee", userId);
        }
        if (status != null && !status.isBlank()) {
            params.and("status", EnumKeys.find(ClaimStatus.class, status).orElseThrow(() -> Problem.invalid(
                    "status", "Unknown status '" + status + "': use " + EnumKeys.choices(ClaimStatus.class) + ".")));
            where.append(" and c.status = :status");
        }
        if (verdict != null && !verdict.isBlank()) {
            try {
                params.and("verdict", Verdict.of(verdict));
            } catch (IllegalArgumentException e) {
                throw Problem.invalid("verdict", "Unknown verdict '" + verdict + "'.");
            }
            where.append(" and c.verdict = :verdict");
        }
        long total = Claim.count("from Claim c where " + where, params);
        List<Claim> claims = Claim.find("from Claim c where " + where + " order by c.updatedAt desc, c.id desc",
                params).page(page, size).list();
        return new Page<>(ClaimView.all(claims), page, size, total);
    }
}
