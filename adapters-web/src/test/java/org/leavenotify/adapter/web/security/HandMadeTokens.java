package org.leavenotify.adapter.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds JWTs by hand (base64url and {@link Mac}), the way an attacker would, so that tests do not depend
 * on the library under test to make the tokens it must refuse.
 */
final class HandMadeTokens {

    /** The 256-bit key the application under test is configured with. */
    static final byte[] KEY = new byte[32];
    static final byte[] OTHER_KEY = new byte[32];
    static final String ISSUER = "leave-notify";
    static final String AUDIENCE = "leave-notify-api";

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) (i * 7 + 3);
            OTHER_KEY[i] = (byte) (i * 11 + 5);
        }
    }

    static final String SECRET = Base64.getEncoder().encodeToString(KEY);
    static final KeyPair RSA = rsaKeyPair();

    private HandMadeTokens() {
    }

    /** The header of a token the application would accept. */
    static Map<String, Object> jwtHeader() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "HS256");
        header.put("typ", "at+jwt");
        return header;
    }

    /** The claims of a token the application would accept at {@code now}: Alice, an employee. */
    static Map<String, Object> claims(Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", "alice");
        claims.put("roles", List.of("EMPLOYEE"));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(3600).getEpochSecond());
        claims.put("jti", "jti-" + now.toEpochMilli());
        return claims;
    }

    static String signingInput(Map<String, Object> header, Map<String, Object> claims) {
        return b64(json(header)) + "." + b64(json(claims));
    }

    /** Signs with an HMAC of the JCA name {@code macAlgorithm} (HmacSHA256, HmacSHA512, ...) and {@code key}. */
    static String hmac(Map<String, Object> header, Map<String, Object> claims, String macAlgorithm, byte[] key) {
        String input = signingInput(header, claims);
        return input + "." + b64(mac(macAlgorithm, key, input));
    }

    static String hs256(Map<String, Object> header, Map<String, Object> claims) {
        return hmac(header, claims, "HmacSHA256", KEY);
    }

    /** Signs with the RSA private key (a genuine RS256 token, from a key the application does not know). */
    static String rs256(Map<String, Object> header, Map<String, Object> claims) {
        String input = signingInput(header, claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(RSA.getPrivate());
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The RSA public key as a PEM text, as an attacker would find it published. */
    static byte[] rsaPublicKeyPem() {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(RSA.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        return pem.getBytes(StandardCharsets.US_ASCII);
    }

    static Map<String, Object> with(Map<String, Object> map, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(name, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> map, String name) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.remove(name);
        return copy;
    }

    static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] mac(String algorithm, byte[] key, String input) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Map<String, Object> map) {
        return JsonMapper.shared().writeValueAsString(map);
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
