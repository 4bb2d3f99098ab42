package org.factcheck.token;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.factcheck.user.CurrentUser;

/** The profile page lists the user's tokens through {@code inject:apiTokens}. */
@Named("apiTokens")
@RequestScoped
public class MyTokens {

    @Inject
    CurrentUser currentUser;
    @Inject
    TokenService tokens;

    public List<TokenView> mine() {
        return tokens.list(currentUser.get()).stream().map(TokenView::of).toList();
    }

    public int maxDays() {
        return TokenService.MAX_DAYS;
    }
}
