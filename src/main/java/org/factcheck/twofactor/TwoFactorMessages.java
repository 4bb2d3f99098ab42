package org.factcheck.twofactor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Interface texts of two-factor sign-in; Arabic in {@code messages/tfa_ar.properties}. Templates use
 * {@code {tfa:key}}.
 */
@MessageBundle("tfa")
public interface TwoFactorMessages {

    @Message("Two-factor sign-in")
    String title();

    @Message("After your password, you type a 6-digit code from an authenticator app on your phone.")
    String hint();

    @Message("On since {since}. Recovery codes left: {left}.")
    String on_since(String since, long left);

    @Message("On since {since}.")
    String on_since_short(String since);

    @Message("Off.")
    String off();

    @Message("Your role requires two-factor sign-in: set it up to go on working.")
    String required_notice();

    @Message("Set up two-factor sign-in")
    String start();

    @Message("Scan this code with your authenticator app (or type the key below), then type the code it shows.")
    String scan();

    @Message("QR code for your authenticator app")
    String qr_alt();

    @Message("Key")
    String key();

    @Message("Code from the app")
    String code();

    @Message("Confirm")
    String confirm();

    @Message("Turn two-factor sign-in off")
    String disable();

    @Message("Your password")
    String password();

    @Message("Code from the app, or a recovery code")
    String code_or_recovery();

    @Message("Two-factor sign-in is off.")
    String done_off();

    @Message("Your recovery codes")
    String codes_title();

    @Message("Two-factor sign-in is on. Keep these codes somewhere safe: each one logs you in once if you lose your "
            + "phone. They are shown only this once.")
    String codes_hint();

    @Message("Go on")
    String go_on();

    @Message("Enter the code")
    String login_code_title();

    @Message("Type the 6-digit code from your authenticator app, or one of your recovery codes.")
    String login_code_hint();

    @Message("The code was not right, was already used or has expired. Type the code your app shows now.")
    String login_code_wrong();

    @Message("Log in again")
    String login_again();

    @Message("Require two-factor sign-in for editors and admins")
    String setting_required();

    @Message("When on, an editor or admin without it is sent to set it up after logging in and can do nothing else "
            + "until then; HTTP Basic is refused for them with a message (API tokens keep working).")
    String setting_hint();

    @Message("Saved.")
    String saved();

    @Message("Save")
    String save();

    @Message("New recovery codes")
    String renew_title();

    @Message("Used some, or lost them? New codes replace all the old ones.")
    String renew_hint();

    @Message("Make new recovery codes")
    String renew();

    @Message("Two-factor sign-in on since {since}")
    String user_on_since(String since);

    @Message("Reset two-factor sign-in of {username}")
    String reset_for(String username);

    @Message("Reset two-factor")
    String reset();

    @Message("You sign in through your organisation's account: its second factor, if it asks for one, is set up "
            + "there, not here.")
    String provider_account();
}
