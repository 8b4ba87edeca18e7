package org.leavenotify.adapter.web.security;

import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;

import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtParserBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.security.SignatureException;

/**
 * The keys of key rotation: one signs every new token, and each names itself in the token's {@code kid}
 * header; the previous ones are still accepted for verification, so that tokens they signed stay valid
 * until they expire. A key id is derived from the key (the start of its SHA-256), never configured, so
 * every node agrees on it. A token without {@code kid} (issued before key ids) is checked with the signing key.
 */
final class SigningKeys {

    private final SecretKey signing;
    private final String signingId;
    private final Map<String, SecretKey> byId = new LinkedHashMap<>();

    SigningKeys(SecretKey signing, List<SecretKey> previous) {
        this.signing = signing;
        this.signingId = idOf(signing);
        byId.put(signingId, signing);
        for (SecretKey key : previous) {
            byId.putIfAbsent(idOf(key), key);
        }
    }

    static SigningKeys single(SecretKey signing) {
        return new SigningKeys(signing, List.of());
    }

    SecretKey signing() {
        return signing;
    }

    String signingId() {
        return signingId;
    }

    /** The key a token names; the signing key for a token that names none. Empty for an unknown id. */
    Optional<SecretKey> forVerifying(String keyId) {
        return keyId == null ? Optional.of(signing) : Optional.ofNullable(byId.get(keyId));
    }

    /**
     * The start of every parser of this server's tokens: HS256 only, with the key the token names (refused when
     * it names one this server does not accept), no compression, time from {@code clock}.
     */
    JwtParserBuilder parser(Clock clock) {
        return Jwts.parser()
                .keyLocator(new LocatorAdapter<Key>() {
                    @Override
                    protected Key locate(JwsHeader header) {
                        return forVerifying(header.getKeyId()).orElseThrow(() ->
                                new SignatureException("the token names a key this server does not accept"));
                    }
                })
                .sig().clear().add(Jwts.SIG.HS256).and()
                .zip().clear().and()
                .clock(() -> Date.from(clock.instant()));
    }

    int accepted() {
        return byId.size();
    }

    /** 11 characters: the base64url of the first 8 bytes of the key's SHA-256. */
    static String idOf(SecretKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 8));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform has SHA-256", missing);
        }
    }

    @Override
    public String toString() {
        return "SigningKeys[signing=" + signingId + ", accepted=" + byId.keySet() + "]";
    }
}
