package org.leavenotify.application.auth;

import java.time.Instant;

import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * A refresh token as the store keeps it: the digest of its value (the value itself is only ever in the
 * client's cookie), the family it belongs to, whose it is and the session generation it was issued in.
 *
 * @param expiresAt       when it stops being accepted unless used before
 * @param familyExpiresAt when the family's last token stops being accepted, however often it is renewed
 * @param used            whether it was used already (a second use ends the family)
 */
public record StoredRefreshToken(String digest, String family, EmployeeId employee, long generation,
                                 Instant expiresAt, Instant familyExpiresAt, boolean used) {

    public StoredRefreshToken {
        Require.text(digest, "digest");
        Require.text(family, "family");
        Require.present(employee, "employee");
        Require.present(expiresAt, "expiresAt");
        Require.present(familyExpiresAt, "familyExpiresAt");
        if (expiresAt.isAfter(familyExpiresAt)) {
            throw new IllegalArgumentException("a refresh token cannot outlive its family");
        }
    }

    /** Never prints the digest. */
    @Override
    public String toString() {
        return "StoredRefreshToken[family=" + family + ", employee=" + employee + ", expiresAt=" + expiresAt
                + ", used=" + used + "]";
    }
}
