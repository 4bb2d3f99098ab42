package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.factcheck.article.ArticleStatus;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.Verdict;
import org.junit.jupiter.api.Test;

class EnumKeysTest {

    @Test
    void messagesListTheKeysTheApiAccepts() {
        assertEquals("open, proposed or approved", EnumKeys.choices(ClaimStatus.class));
        assertEquals("draft, in_review, reviewed or published", EnumKeys.choices(ArticleStatus.class));
        assertEquals("unreviewed, verified, mostly_verified, disputed, misleading, false or unverifiable",
                EnumKeys.choices(Verdict.class));
    }

    @Test
    void findTakesOnlyTheLowerCaseKey() {
        assertEquals(Optional.of(Verdict.MOSTLY_VERIFIED), EnumKeys.find(Verdict.class, "mostly_verified"));
        assertEquals(Optional.empty(), EnumKeys.find(Verdict.class, "MOSTLY_VERIFIED"));
        assertEquals(Optional.empty(), EnumKeys.find(Verdict.class, "true"));
    }
}
