package org.factcheck.intake;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of a page to text, in the HTML standard's order: a byte-order mark, then the HTTP header's charset, then
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the first 1024 bytes, else UTF-8. Arabic
 * sites still serve windows-1256 and ISO-8859-6, often declared only in the page.
 */
public final class PageDecoder {

    /** The text and the character set it was read with. */
    public record Decoded(String html, Charset charset) {
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {
    }

    public static Decoded decode(byte[] bytes, Optional<Charset> declared) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE);
        }
        Charset charset = declared.or(() -> metaCharset(bytes)).orElse(StandardCharsets.UTF_8);
        return new Decoded(new String(bytes, charset), charset);
    }

    private static Optional<Charset> metaCharset(byte[] bytes) {
        // ASCII-compatible encodings agree on the bytes of the <meta> tag, so a Latin-1 reading finds it
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 1024),
                StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            // the HTML standard reads a declared Latin-1 or ASCII as windows-1252, a superset
            return Optional.of(name.equals("iso-8859-1") || name.equals("us-ascii") || name.equals("latin1")
                    ? Charset.forName("windows-1252") : Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
