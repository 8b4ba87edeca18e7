package org.leavenotify.adapter.persistence.auth;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.adapter.persistence.MongoIndexes;
import org.leavenotify.application.auth.StoredRefreshToken;
import org.leavenotify.application.auth.port.out.RefreshTokensPort;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Refresh tokens on MongoDB. {@code refresh_tokens} holds one document per token, {@code _id} = the digest
 * of its value, inserted once (a second insert of the same {@code _id} fails, so a use is never undone);
 * marking it used is one update filtered on {@code used: false}, which one writer wins. {@code
 * ended_refresh_families} holds one document per ended family, {@code _id} = the family, upserted with
 * {@code $max} on {@code keepUntil}. Both are removed after expiry by the recovery sweep, and on a real MongoDB
 * also by TTL indexes. Every read is by {@code _id}; expiry is decided by the application's clock, not here.
 */
final class MongoRefreshTokens implements RefreshTokensPort {

    static final String TOKENS = "refresh_tokens";
    static final String ENDED_FAMILIES = "ended_refresh_families";

    private final MongoTemplate mongo;

    MongoRefreshTokens(MongoTemplate mongo, MongoIndexes indexes) {
        this.mongo = mongo;
        indexes.ensure(TOKENS, new Index().on("expiresAt", Direction.ASC).expire(Duration.ZERO)
                .named("refresh_tokens_ttl"));
        indexes.ensure(ENDED_FAMILIES, new Index().on("keepUntil", Direction.ASC).expire(Duration.ZERO)
                .named("ended_refresh_families_ttl"));
    }

    @Override
    public void save(StoredRefreshToken token) {
        Document document = new Document("_id", token.digest())
                .append("family", token.family())
                .append("employee", token.employee().value())
                .append("generation", token.generation())
                .append("expiresAt", Date.from(token.expiresAt()))
                .append("familyExpiresAt", Date.from(token.familyExpiresAt()))
                .append("used", token.used());
        MongoCalls.run("storing a refresh token", () -> mongo.insert(document, TOKENS));
    }

    @Override
    public Optional<StoredRefreshToken> find(String digest) {
        return MongoCalls.call("reading a refresh token", () ->
                Optional.ofNullable(mongo.findById(digest, Document.class, TOKENS)).map(MongoRefreshTokens::token));
    }

    @Override
    public boolean markUsed(String digest) {
        return MongoCalls.call("marking a refresh token used", () -> mongo.updateFirst(
                query(where("_id").is(digest).and("used").is(false)), new Update().set("used", true), TOKENS)
                .getModifiedCount() == 1);
    }

    @Override
    public void endFamily(String family, Instant keepUntil) {
        MongoCalls.run("ending a refresh token family", () -> mongo.upsert(query(where("_id").is(family)),
                new Update().max("keepUntil", Date.from(keepUntil)), ENDED_FAMILIES));
    }

    @Override
    public boolean familyEnded(String family) {
        return MongoCalls.call("reading an ended refresh token family", () ->
                mongo.exists(query(where("_id").is(family)), ENDED_FAMILIES));
    }

    @Override
    public int removeExpiredBy(Instant instant) {
        Date by = Date.from(instant);
        return MongoCalls.call("removing expired refresh tokens", () -> Math.toIntExact(
                mongo.remove(query(where("expiresAt").lte(by)), TOKENS).getDeletedCount()
                        + mongo.remove(query(where("keepUntil").lte(by)), ENDED_FAMILIES).getDeletedCount()));
    }

    private static StoredRefreshToken token(Document document) {
        return new StoredRefreshToken(document.getString("_id"), document.getString("family"),
                new EmployeeId(document.getString("employee")), ((Number) document.get("generation")).longValue(),
                document.getDate("expiresAt").toInstant(), document.getDate("familyExpiresAt").toInstant(),
                document.getBoolean("used", false));
    }
}
