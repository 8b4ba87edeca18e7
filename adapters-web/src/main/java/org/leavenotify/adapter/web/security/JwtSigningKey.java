package org.leavenotify.adapter.web.security;

import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the HS256 key comes from: the configured secret; else, outside the {@code prod} profile, the key
 * file (made once, see {@link SigningKeyFile}); else a random key made at start-up (tokens then die with the
 * process).
 */
final class JwtSigningKey {

    static final int MIN_BITS = 256;
    static final int MIN_ENTROPY_BITS = 128;
    static final String ALGORITHM = "HmacSHA256";

    private static final Logger LOG = LoggerFactory.getLogger(JwtSigningKey.class);

    private JwtSigningKey() {
    }

    /**
     * @param production whether the {@code prod} profile is active: a missing secret is then refused
     * @throws JwtSecretRejected when the secret is missing in production, is not base64, or is too short
     */
    static SecretKey from(JwtProperties properties, boolean production, SecureRandom random) {
        if (!properties.hasSecret()) {
            if (production) {
                throw new JwtSecretRejected("No JWT secret is configured and the 'prod' profile is active");
            }
            if (properties.keyFile() != null) {
                return new SecretKeySpec(SigningKeyFile.readOrCreate(properties.keyFile(), random), ALGORITHM);
            }
            byte[] generated = new byte[MIN_BITS / 8];
            random.nextBytes(generated);
            LOG.warn("No JWT secret configured (JWT_SECRET): signing tokens with a random key generated at start-up; "
                    + "tokens will not survive a restart and will not be accepted by other instances");
            return new SecretKeySpec(generated, ALGORITHM);
        }
        return checked(properties.secret(), production);
    }

    private static SecretKey checked(String secret, boolean production) {
        byte[] decoded = decode(secret.strip());
        if (decoded.length * 8 < MIN_BITS) {
            throw new JwtSecretRejected("The JWT secret has " + decoded.length * 8 + " bits; HS256 needs at least "
                    + MIN_BITS);
        }
        double entropyBits = estimatedEntropyBits(decoded);
        if (entropyBits < MIN_ENTROPY_BITS) {
            String weak = "The JWT secret looks made by hand, not drawn at random: its bytes carry about "
                    + Math.round(entropyBits) + " bits of entropy (at least " + MIN_ENTROPY_BITS + " expected); "
                    + "use the output of `openssl rand -base64 32`";
            if (production) {
                throw new JwtSecretRejected(weak);
            }
            LOG.warn(weak);
        }
        return new SecretKeySpec(decoded, ALGORITHM);
    }

    /**
     * The keys of key rotation: the signing key ({@link #from}) and the previous secrets, each refused as the
     * secret would be (not base64, under 256 bits; made by hand under {@code prod}).
     */
    static SigningKeys keys(JwtProperties properties, boolean production, SecureRandom random) {
        SecretKey signing = from(properties, production, random);
        java.util.List<SecretKey> previous = new java.util.ArrayList<>();
        for (String secret : properties.previousSecrets()) {
            previous.add(checked(secret, production));
        }
        SigningKeys keys = new SigningKeys(signing, previous);
        if (!previous.isEmpty()) {
            LOG.info("JWT keys: signing with {}, also accepting {} earlier key(s) until their tokens expire", keys.signingId(),
                    keys.accepted() - 1);
        }
        return keys;
    }

    /**
     * A rough estimate of how much of the key is chance: the Shannon entropy of its byte values times its
     * length. 32 random bytes score about 150 bits; one character repeated scores 0, a short pattern repeated
     * a few bits per byte. It cannot tell a random-looking key someone typed from a drawn one; it catches keys
     * made of a few repeated symbols.
     */
    static double estimatedEntropyBits(byte[] key) {
        int[] counts = new int[256];
        for (byte b : key) {
            counts[b & 0xff]++;
        }
        double perByte = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / key.length;
                perByte -= p * (Math.log(p) / Math.log(2));
            }
        }
        return perByte * key.length;
    }

    private static byte[] decode(String secret) {
        try {
            return secret.indexOf('-') >= 0 || secret.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(secret) : Base64.getDecoder().decode(secret);
        } catch (IllegalArgumentException notBase64) {
            throw new JwtSecretRejected("The JWT secret is not valid base64");
        }
    }
}
