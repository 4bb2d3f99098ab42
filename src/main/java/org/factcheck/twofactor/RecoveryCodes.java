package org.factcheck.twofactor;

import java.util.List;

/** The ten recovery codes, answered once when two-factor sign-in is turned on. */
public record RecoveryCodes(List<String> recoveryCodes) {
}
