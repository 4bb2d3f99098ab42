-- OpenID Connect sign-in (docs/security.md): a person who signs in through the organisation's provider is linked by
-- the provider's issuer and subject (stable; names and e-mail addresses can change or be reused). Such accounts may
-- have no local password.
alter table app_user add column oidc_issuer varchar(500);
alter table app_user add column oidc_subject varchar(255);
alter table app_user alter column password_hash drop not null;
alter table app_user add constraint app_user_oidc_link_whole
    check ((oidc_issuer is null) = (oidc_subject is null));
alter table app_user add constraint app_user_password_or_oidc
    check (password_hash is not null or oidc_subject is not null);
create unique index app_user_oidc_key on app_user (oidc_issuer, oidc_subject) where oidc_subject is not null;
