package org.factcheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Flyway refuses to start on a database whose applied migration has since changed ("checksum mismatch"), so a
 * migration that has reached {@code main} is never edited: a change goes into a new one. The released ones are
 * listed with their SHA-256 in {@code released-migrations.sha256} (add a line when a new migration lands).
 */
class ReleasedMigrationsTest {

    @Test
    void releasedMigrationsAreUnchanged() throws IOException, NoSuchAlgorithmException {
        List<String> released;
        try (InputStream in = getClass().getResourceAsStream("/released-migrations.sha256")) {
            released = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .toList();
        }
        assertTrue(released.size() >= 11, "the list of released migrations is there");
        for (String line : released) {
            String[] parts = line.split("\\s+\\*?", 2);
            Path file = Path.of("db-migrations", parts[1]);
            assertTrue(Files.exists(file), file + " was released: it may not be removed or renamed");
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
            assertEquals(parts[0], actual, file + " was released: put the change in a new migration instead");
        }
    }
}
