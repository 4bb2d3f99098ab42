package org.factcheck.oidc;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of "Sign in with ..." and its refusals on the login page; Arabic in {@code messages/oidc_ar.properties}. */
@MessageBundle("oidc")
public interface OidcMessages {

    @Message("Sign in with {provider}")
    String sign_in_with(String provider);

    @Message("or with a username and password")
    String or_local();

    @Message("Sign-in with a username and password is switched off here: use your organisation's account.")
    String local_off();

    @Message("Your account on this desk is deactivated. Ask an administrator.")
    String refused_deactivated();

    @Message("None of your groups at the provider gives access to this desk. Ask an administrator to map your group.")
    String refused_unknown_group();

    @Message("The provider refused or cancelled the sign-in. Try again, or ask an administrator.")
    String refused_provider_error();

    @Message("This sign-in answer was already used or does not belong to this browser. Start the sign-in again.")
    String refused_state();

    @Message("The provider's answer could not be verified (token not meant for this desk, expired or badly signed). It was not accepted.")
    String refused_token();

    @Message("Sign-in through an organisation account is not set up here.")
    String refused_not_configured();

    @Message("You are signed out, also at {provider}.")
    String signed_out(String provider);
}
