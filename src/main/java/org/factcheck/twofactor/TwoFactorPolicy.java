package org.factcheck.twofactor;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.factcheck.user.AppUser;
import org.factcheck.user.AuthEvent;
import org.factcheck.user.Role;
import org.factcheck.web.Problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The admin's setting "two-factor required for editors and admins". Read on every request of an editor, so it is
 * kept in memory and read again from the database every 10 seconds: another instance sees a change within that
 * time (this one at once).
 */
@ApplicationScoped
public class TwoFactorPolicy {

    static final String REQUIRED_FOR_EDITORS = "two_factor.required_for_editors";

    private volatile boolean required;
    /** Counts this instance's changes, so a refresh that read before one cannot undo it. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    /** From memory: requests never wait for the database for it (reliability/QueryCountTest). */
    public boolean requiredForEditors() {
        return required;
    }

    void load(@Observes StartupEvent start) {
        refresh();
    }

    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        long before = changes.get();
        boolean stored = QuarkusTransaction.requiringNew().call(() -> AppSetting.<AppSetting>findByIdOptional(
                REQUIRED_FOR_EDITORS).map(s -> Boolean.parseBoolean(s.value)).orElse(false));
        if (changes.get() == before) {
            required = stored;
        }
    }

    /** True when this user must set up two-factor sign-in before doing anything else (local accounts only). */
    public boolean mustEnrol(AppUser user) {
        return !user.twoFactorEnabled() && !user.signsInThroughProvider() && user.has(Role.EDITOR)
                && requiredForEditors();
    }

    /** An admin turns the requirement on only with two factors of their own: it would shut them out at once. */
    public void setRequiredForEditors(boolean value, String admin, String remoteAddress) {
        QuarkusTransaction.requiringNew().run(() -> {
            // (an admin who signs in through the provider is not held to the requirement, so cannot be shut out)
            if (value && !AppUser.findByUsername(admin).map(a -> a.twoFactorEnabled() || a.signsInThroughProvider())
                    .orElse(false)) {
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
        changes.incrementAndGet();
        required = value;
    }
}
