-- Import by URL (issue 13, docs/import.md): the page as it was fetched is kept, compressed, with the article, so
-- the import can be re-run and the story survives link rot; the URL is watched for silent edits by the publisher.

create table article_import (
    article_id      bigint      primary key references article (id) on delete cascade,
    requested_url   text        not null,
    final_url       text        not null,
    -- UrlKey of the page's canonical address (else the final one): the same story is imported once
    url_key         text        not null,
    requested_key   text        not null,
    authors         text,
    modified_at     timestamptz,
    charset         text        not null,
    html_gzip       bytea       not null,
    html_bytes      integer     not null,
    -- SHA-256 of the story's text as last extracted from the page: a re-fetch with another hash was edited
    text_hash       text        not null,
    fetched_at      timestamptz not null default now(),
    watched         boolean     not null default true,
    last_checked_at timestamptz,
    last_check      text,
    last_check_error text,
    gone_since      timestamptz,
    constraint article_import_url_key_unique unique (url_key),
    constraint article_import_last_check_known check (last_check in ('same', 'changed', 'gone', 'failed'))
);
create index article_import_requested_key_idx on article_import (requested_key);
create index article_import_watch_idx on article_import (last_checked_at nulls first) where watched;

-- a revision made because the publisher changed the story: when it was seen
alter table article_revision add column publisher_change_seen_at timestamptz;
