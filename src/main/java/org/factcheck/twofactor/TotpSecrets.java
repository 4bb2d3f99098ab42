package org.factcheck.twofactor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.codec.binary.Base32;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, what every authenticator app speaks) and the encryption
 * of the secrets at rest: AES-256-GCM with a key derived from {@code factcheck.two-factor.key}, else from the
 * session key (docs/security.md: keep that key when rotating the session key).
 */
@ApplicationScoped
public class TotpSecrets {

    static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    /** Codes of the step before and after are accepted too: clocks drift and people type slowly. */
    static final int WINDOW = 1;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
    private final SecretKeySpec key;

    TotpSecrets(@ConfigProperty(name = "factcheck.two-factor.key") Optional<String> configured,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        String material = configured.filter(k -> !k.isBlank()).or(() -> sessionKey.filter(k -> !k.isBlank()))
                .orElse("");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("factcheck totp secrets\u0000" + material).getBytes(StandardCharsets.UTF_8));
            key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 160 random bits, the size RFC 4226 recommends for HMAC-SHA1. */
    public static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** What the QR code holds (Key Uri Format of Google Authenticator, understood by all apps). */
    public static String otpauthUri(String issuer, String username, byte[] secret) {
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static long stepAt(Instant at) {
        return at.getEpochSecond() / STEP.toSeconds();
    }

    /** The code of one time step. */
    public String code(byte[] secret, long step) {
        try {
            return totp.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP.toSeconds()), java.util.Locale.ROOT);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The step within the window whose code this is, or -1. Compared in constant time. */
    public long matchingStep(byte[] secret, String code, Instant now) {
        long current = stepAt(now);
        long found = -1;
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                found = step;
            }
        }
        return found;
    }

    public String encrypt(byte[] secret) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret);
            return "v1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(3));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return cipher.doFinal(all, 12, all.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A two-factor secret cannot be decrypted: was factcheck.two-factor.key "
                    + "(or the session key it falls back to) changed?", e);
        }
    }
}
