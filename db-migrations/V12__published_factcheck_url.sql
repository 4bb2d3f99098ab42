-- Where the fact-check was published (issue 18). A ClaimReview's url must be the page that carries the markup: the
-- outlet's story, not the desk's own claim page. Recorded per article, optionally per claim (a claim's own wins).
alter table article add column factcheck_url text
    constraint article_factcheck_url_check check (factcheck_url is null
        or (length(factcheck_url) <= 2000 and factcheck_url ~* '^https?://'));
alter table claim add column factcheck_url text
    constraint claim_factcheck_url_check check (factcheck_url is null
        or (length(factcheck_url) <= 2000 and factcheck_url ~* '^https?://'));
