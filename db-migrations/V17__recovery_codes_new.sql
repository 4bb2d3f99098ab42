-- A person can replace their recovery codes (password and a code), and an admin can reset someone's two-factor
-- sign-in (a lost phone and lost codes): both are audited. two_factor_reset is the admin's act on another account.
alter table auth_event drop constraint auth_event_known;
alter table auth_event add constraint auth_event_known check (event in
    ('login', 'login_failed', 'locked_out', 'login_refused', 'logout', 'password_changed',
     'token_created', 'token_revoked', 'token_refused',
     'two_factor_enabled', 'two_factor_disabled', 'two_factor_failed', 'recovery_code_used', 'setting_changed',
     'recovery_codes_new', 'two_factor_reset'));
