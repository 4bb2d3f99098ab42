package org.factcheck.twofactor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The admin's setting: editors and admins must sign in with two factors. */
public record TwoFactorSetting(@Schema(required = true) Boolean requiredForEditors) {
}
