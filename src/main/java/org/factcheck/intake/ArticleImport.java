package org.factcheck.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Where an imported article came from: its address, the page as fetched (gzip) and the watch on it. */
@Entity
@Table(name = "article_import")
public class ArticleImport extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "requested_url")
    public String requestedUrl;
    @Column(name = "final_url")
    public String finalUrl;
    @Column(name = "url_key")
    public String urlKey;
    @Column(name = "requested_key")
    public String requestedKey;
    public String authors;
    @Column(name = "modified_at")
    public OffsetDateTime modifiedAt;
    public String charset;

    /** The page's HTML as decoded, UTF-8 and gzip-compressed; loaded only to show or re-run the import. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "html_gzip")
    public byte[] htmlGzip;
    @Column(name = "html_bytes")
    public int htmlBytes;
    /** SHA-256 of the story's text as last extracted: a re-fetch giving another one means the story changed. */
    @Column(name = "text_hash")
    public String textHash;

    @Column(name = "fetched_at")
    public OffsetDateTime fetchedAt = OffsetDateTime.now();
    public boolean watched = true;
    @Column(name = "last_checked_at")
    public OffsetDateTime lastCheckedAt;
    /** same, changed, gone or failed: what the last re-fetch found. */
    @Column(name = "last_check")
    public String lastCheck;
    @Column(name = "last_check_error")
    public String lastCheckError;
    @Column(name = "gone_since")
    public OffsetDateTime goneSince;

    /** The article already imported from one of these address keys, if any. */
    public static Optional<ArticleImport> byKeys(Collection<String> keys) {
        return find("urlKey in ?1 or requestedKey in ?1", keys).firstResultOptional();
    }

    public void keepHtml(String html) {
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(utf8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        htmlGzip = out.toByteArray();
        htmlBytes = utf8.length;
    }

    public String html() {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(htmlGzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
