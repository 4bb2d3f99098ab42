package org.factcheck.token;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Endpoints an API token may not reach: making or revoking tokens, changing the password or two-factor
 * settings. A stolen token must neither mint more tokens nor lock its owner out ({@link PasswordOnlyFilter}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PasswordOnly {
}
