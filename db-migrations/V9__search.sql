-- Full-text search over articles, claims and sources (API.md: GET /api/search; docs/search.md).
--
-- Documents and queries are folded the same way before PostgreSQL's text-search configurations see them:
-- search_fold is the SQL twin of text/SearchFold (SearchFoldAgreementTest runs both on the same samples).
-- It keeps the text's length character for character except for dropped marks, so a search snippet can be cut
-- on the folded text and shown in the original spelling.

-- NFKC, then one translate(): alef variants (أ إ آ ٱ) -> ا, ى -> ي, ة -> ه, Arabic-Indic and Eastern Arabic-Indic
-- digits -> ASCII, Arabic decimal and thousands separators -> . and , ; Latin letters lose their accents; < becomes
-- a space (the parser would take <...> for an HTML tag); the characters without a counterpart at the end of the
-- first list are dropped: tashkeel U+064B-U+0652, superscript alef U+0670, tatweel U+0640.
create function search_fold(t text) returns text
    language sql immutable strict parallel safe
    return translate(normalize(t, NFKC),
        'أإآٱىة' || '٠١٢٣٤٥٦٧٨٩' || '۰۱۲۳۴۵۶۷۸۹' || U&'\066B\066C'
            || 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸ' || '<'
            || U&'\064B\064C\064D\064E\064F\0650\0651\0652\0670\0640',
        'اااايه' || '0123456789' || '0123456789' || '.,'
            || 'aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUYY' || ' ');

-- The configuration of an article's language (BCP-47 tag): Arabic, English and French stem; others index words as
-- they are. Queries are parsed with all four (see search_vector_any), so they meet every article on its terms.
create function search_config(language text) returns regconfig
    language sql immutable strict parallel safe
    return case split_part(lower(language), '-', 1)
        when 'ar' then 'arabic'::regconfig
        when 'en' then 'english'::regconfig
        when 'fr' then 'french'::regconfig
        else 'simple'::regconfig end;

-- Claims and sources carry no language of their own (a claim's restated text or a source page may be in another
-- language than the article): their text gets the English, French and Arabic stems at once. Each configuration
-- leaves the other scripts' words as they are, so the plain words are in the vector too.
create function search_vector_any(folded text) returns tsvector
    language sql immutable strict parallel safe
    return to_tsvector('english', folded) || to_tsvector('french', folded) || to_tsvector('arabic', folded);

-- Generated columns: whatever code writes the text (import, text revisions, merges), the vector follows.
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector(search_config(language), search_fold(title)), 'A')
    || setweight(to_tsvector(search_config(language), search_fold(text)), 'B')) stored;
create index article_search_idx on article using gin (search_vector);

alter table claim add column search_vector tsvector generated always as (
    setweight(search_vector_any(search_fold(quote)), 'A')
    || setweight(search_vector_any(search_fold(coalesce(text, ''))), 'A')
    || setweight(search_vector_any(search_fold(coalesce(claimant, ''))), 'B')) stored;
create index claim_search_idx on claim using gin (search_vector);

alter table source add column search_vector tsvector generated always as (
    setweight(search_vector_any(search_fold(title)), 'A')
    || setweight(search_vector_any(search_fold(coalesce(publisher, ''))), 'B')
    || setweight(to_tsvector('simple', search_fold(url)), 'C')) stored;
create index source_search_idx on source using gin (search_vector);

-- Page copies: the first 100,000 characters are indexed (a tsvector has a size limit; the start of a page is
-- where its article is).
alter table source_snapshot add column search_vector tsvector generated always as (
    setweight(search_vector_any(search_fold(coalesce(title, ''))), 'B')
    || setweight(search_vector_any(search_fold(left(coalesce(text, ''), 100000))), 'D')) stored;
create index source_snapshot_search_idx on source_snapshot using gin (search_vector);
