package org.factcheck.twofactor;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.factcheck.user.AppUser;
import org.factcheck.user.AuthEvent;
import org.factcheck.user.Role;
import org.factcheck.web.Problem;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The admin's setting "two-factor required for editors and admins". Read on every request of an editor, so it is
 * kept in memory and read again from the database at most every {@link #REFRESH}: another instance sees a change
 * within that time (this one at once).
 */
@ApplicationScoped
public class TwoFactorPolicy {

    static final String REQUIRED_FOR_EDITORS = "two_factor.required_for_editors";
    static final Duration REFRESH = Duration.ofSeconds(10);

    private volatile boolean required;
    private volatile long readAt = Long.MIN_VALUE;

    public boolean requiredForEditors() {
        if (readAt == Long.MIN_VALUE || System.nanoTime() - readAt > REFRESH.toNanos()) {
            required = QuarkusTransaction.joiningExisting().call(() -> AppSetting.<AppSetting>findByIdOptional(
                    REQUIRED_FOR_EDITORS).map(s -> Boolean.parseBoolean(s.value)).orElse(false));
            readAt = System.nanoTime();
        }
        return required;
    }

    /** True when this user must set up two-factor sign-in before doing anything else. */
    public boolean mustEnrol(AppUser user) {
        return !user.twoFactorEnabled() && user.has(Role.EDITOR) && requiredForEditors();
    }

    /** An admin turns the requirement on only with two factors of their own: it would shut them out at once. */
    public void setRequiredForEditors(boolean value, String admin, String remoteAddress) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (value && !AppUser.findByUsername(admin).map(AppUser::twoFactorEnabled).orElse(false)) {
                throw Problem.conflict("Turn on two-factor sign-in for your own account first (/profile/two-factor):"
                        + " the requirement applies to you too.", null);
            }
            AppSetting setting = AppSetting.<AppSetting>findByIdOptional(REQUIRED_FOR_EDITORS).orElseGet(() -> {
                AppSetting s = new AppSetting();
                s.name = REQUIRED_FOR_EDITORS;
                return s;
            });
            if (!String.valueOf(value).equals(setting.value)) {
                AuthEvent.record(admin, AuthEvent.SETTING_CHANGED, remoteAddress,
                        "two-factor required for editors and admins: " + value);
            }
            setting.value = String.valueOf(value);
            setting.changedAt = OffsetDateTime.now();
            setting.changedBy = admin;
            setting.persist();
        });
        required = value;
        readAt = System.nanoTime();
    }
}
