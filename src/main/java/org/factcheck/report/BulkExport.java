package org.factcheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factcheck.article.Article;
import org.factcheck.article.ArticleStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;

/** Reports of many articles in one zip: one file per article plus an index, written as it goes. */
@ApplicationScoped
public class BulkExport {

    public static final int MAX_ARTICLES = 500;

    @Inject
    ReportService reports;

    /** Ids of the articles published (or imported, when no date is known) in [from, to), with the status. */
    @Transactional
    public List<Long> select(ArticleStatus status, OffsetDateTime from, OffsetDateTime to) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (from != null) {
            where.append(" and coalesce(publishedAt, createdAt) >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and coalesce(publishedAt, createdAt) < :to");
            params.and("to", to);
        }
        return Article.<Article>find(where + " order by id", params).page(0, MAX_ARTICLES + 1).list().stream()
                .map(a -> a.id).toList();
    }

    /** Writes the zip; {@code render} writes one article's report in the chosen format. */
    public void write(List<Long> articleIds, String extension, ReportRenderer render, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            Writer indexWriter = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            StringBuilder index = new StringBuilder();
            CSVPrinter printer = new CSVPrinter(index, CSVFormat.RFC4180.builder()
                    .setHeader("article_id", "title", "language", "status", "claims", "approved", "file").get());
            for (long id : articleIds) {
                String file = "article-" + id + "." + extension;
                // one transaction per article: loading and rendering see one consistent state, briefly
                Object[] row = QuarkusTransaction.requiringNew().call(() -> {
                    Report report = reports.load(id);
                    zip.putNextEntry(new ZipEntry(file));
                    render.write(report, zip);
                    zip.closeEntry();
                    return new Object[] {id, CsvWriter.safe(report.article().title), report.article().language,
                        report.article().status.key(), report.stats().claims(), report.stats().approved(), file};
                });
                printer.printRecord(row);
            }
            printer.flush();
            zip.putNextEntry(new ZipEntry("index.csv"));
            indexWriter.write('\uFEFF');
            indexWriter.write(index.toString());
            indexWriter.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one report to the (not to be closed) stream. */
    public interface ReportRenderer {
        void write(Report report, OutputStream out) throws IOException;
    }

}
