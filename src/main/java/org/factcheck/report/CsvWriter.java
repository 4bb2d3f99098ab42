package org.factcheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factcheck.claim.Claim;
import org.factcheck.claim.Evidence;

/**
 * One row per claim, evidence joined in one cell. UTF-8 with a byte-order mark, so spreadsheet programs open
 * Arabic correctly; cells that start like a formula are neutralised (a leading apostrophe), as OWASP advises.
 */
public final class CsvWriter {

    static final String[] HEADER = {"claim_id", "article_id", "article_title", "language", "sentence_id", "start",
        "end", "quote", "claim", "claimant", "verdict", "rating", "status", "rationale", "proposed_by", "proposed_at",
        "approved_by", "approved_at", "evidence"};

    private CsvWriter() {
    }

    public static void write(Report report, Writer out) {
        try {
            out.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
            for (Claim c : report.claims()) {
                printer.printRecord(c.id, c.articleId, safe(report.article().title), report.article().language,
                        c.sentenceId, c.start, c.end, safe(c.quote), safe(c.text), safe(c.claimant), c.verdict.key(),
                        c.verdict.rating == null ? "" : c.verdict.rating, c.status.key(), safe(c.rationale),
                        c.proposedBy == null ? "" : c.proposedBy.username, c.proposedAt == null ? "" : c.proposedAt,
                        c.approvedBy == null ? "" : c.approvedBy.username, c.approvedAt == null ? "" : c.approvedAt,
                        safe(c.evidence.stream().map(CsvWriter::evidence).collect(Collectors.joining(" | "))));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String evidence(Evidence e) {
        return e.stance.key() + ": " + e.source.title + " <" + e.source.url + ">"
                + (e.excerpt == null ? "" : " \u201C" + e.excerpt + "\u201D");
    }

    /** Formula injection: =, +, -, @, tab and CR at the start make spreadsheets evaluate the cell. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
