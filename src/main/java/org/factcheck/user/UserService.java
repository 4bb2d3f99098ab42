package org.factcheck.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.factcheck.web.Problem;
import org.factcheck.web.UiLocale;

import io.quarkus.elytron.security.common.BcryptUtil;

/** Creating and changing users; every rule on usernames, passwords and roles lives here. */
@ApplicationScoped
@Transactional
public class UserService {

    public AppUser create(UserRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String username = request.username() == null ? "" : request.username().trim().toLowerCase();
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            errors.add(new Problem.FieldError("username",
                    "A username is 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'."));
        } else if (AppUser.findByUsername(username).isPresent()) {
            errors.add(new Problem.FieldError("username", "This username is taken."));
        }
        checkPassword(request.password(), username, errors);
        Set<Role> roles = parseRoles(request.roles(), errors);
        String displayName = checkDisplayName(request.displayName() == null || request.displayName().isBlank()
                ? username : request.displayName(), errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(request.password());
        user.displayName = displayName;
        user.roles = joinRoles(roles);
        user.active = request.active() == null || request.active();
        user.persist();
        return user;
    }

    public AppUser update(long id, UserRequest request) {
        AppUser user = AppUser.<AppUser>findByIdOptional(id).orElseThrow(() -> Problem.notFound("user", id));
        if (request.version() == null) {
            throw Problem.invalid("version", "Send the version of the user you changed.");
        }
        if (request.version() != user.version) {
            throw Problem.conflict("Someone changed this user in the meantime.", UserView.of(user));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.username() != null && !request.username().equals(user.username)) {
            errors.add(new Problem.FieldError("username", "A username cannot be changed."));
        }
        if (request.password() != null) {
            checkPassword(request.password(), user.username, errors);
        }
        Set<Role> roles = request.roles() == null ? null : parseRoles(request.roles(), errors);
        String displayName = request.displayName() == null ? null : checkDisplayName(request.displayName(), errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        if (roles != null) {
            user.roles = joinRoles(roles);
        }
        if (displayName != null) {
            user.displayName = displayName;
        }
        if (request.active() != null) {
            if (user.active && !request.active()) {
                org.factcheck.token.ApiToken.revokeAllOf(user.id); // refused while inactive anyway; gone for good
            }
            user.active = request.active();
        }
        if (request.password() != null) {
            user.passwordHash = BcryptUtil.bcryptHash(request.password());
            AuthEvent.record(user.username, AuthEvent.PASSWORD_CHANGED, null, "reset by an admin");
        }
        AppUser.flush(); // the answer carries the new version
        return user;
    }

    /** First start in prod: the admin named by FACTCHECK_ADMIN_USERNAME/PASSWORD, if there is none yet. */
    public AppUser ensureUser(String username, String password, String displayName, List<String> roles) {
        return AppUser.findByUsername(username)
                .orElseGet(() -> create(new UserRequest(username, password, displayName, roles, true, null)));
    }

    private static void checkPassword(String password, String username, List<Problem.FieldError> errors) {
        PasswordPolicy.problem(password, username).ifPresent(p -> errors.add(new Problem.FieldError("password", p)));
    }

    /** Every user may change their own name and password; the current password proves it is them. */
    public AppUser updateProfile(AppUser me, ProfileRequest request) {
        AppUser user = AppUser.<AppUser>findByIdOptional(me.id).orElseThrow(() -> Problem.notFound("user", me.id));
        if (request == null) {
            throw Problem.badRequest("Send displayName and/or currentPassword with newPassword.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String displayName = request.displayName() == null ? null : checkDisplayName(request.displayName(), errors);
        if (request.newPassword() != null && !request.newPassword().isEmpty()) {
            // an account from OpenID Connect sign-in has no password to name (an admin may set one)
            if (request.currentPassword() == null || user.passwordHash == null
                    || !BcryptUtil.matches(request.currentPassword(), user.passwordHash)) {
                errors.add(new Problem.FieldError("currentPassword", "The current password is not right."));
            }
            checkPassword(request.newPassword(), user.username, errors);
        }
        String locale = request.locale() == null ? null : checkLocale(request.locale(), errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        if (displayName != null) {
            user.displayName = displayName;
        }
        if (request.newPassword() != null && !request.newPassword().isEmpty()) {
            user.passwordHash = BcryptUtil.bcryptHash(request.newPassword());
            AuthEvent.record(user.username, AuthEvent.PASSWORD_CHANGED, null, "by the user");
        }
        if (locale != null) {
            user.locale = locale.isEmpty() ? null : locale;
        }
        AppUser.flush();
        return user;
    }

    /** "" for automatic (the column holds null then), else "ar" or "en". */
    private static String checkLocale(String locale, List<Problem.FieldError> errors) {
        String value = locale.strip();
        if (value.isEmpty() || value.equals("auto")) {
            return "";
        }
        if (!UiLocale.SUPPORTED.contains(value)) {
            errors.add(new Problem.FieldError("locale", "The interface language is \"ar\", \"en\" or \"auto\"."));
        }
        return value;
    }

    private static String checkDisplayName(String displayName, List<Problem.FieldError> errors) {
        String name = displayName.strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new Problem.FieldError("displayName", "A display name has 1 to 200 characters."));
        }
        return name;
    }

    private static Set<Role> parseRoles(List<String> names, List<Problem.FieldError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            errors.add(new Problem.FieldError("roles", "Give at least one role: viewer, checker, editor or admin."));
            return roles;
        }
        for (String name : names) {
            try {
                roles.add(Role.of(name == null ? "" : name));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("roles",
                        "Unknown role '" + name + "': use viewer, checker, editor or admin."));
            }
        }
        return roles;
    }

    private static String joinRoles(Set<Role> roles) {
        return roles.stream().map(Role::key).collect(Collectors.joining(","));
    }
}
