package org.leavenotify.adapter.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Creates the indexes each adapter declares, at start-up. The embedded store keeps unique indexes
 * only (it would ignore the others with a warning each), so there the secondary ones are left out and
 * its queries on them scan; a real MongoDB gets them all. Creating an index that exists changes nothing.
 * A unique index that cannot be created stops the start (correctness depends on it); a secondary one
 * is only logged (it is about speed).
 */
public final class MongoIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(MongoIndexes.class);

    private final MongoTemplate mongo;
    private final boolean secondaryIndexes;

    MongoIndexes(MongoTemplate mongo, boolean secondaryIndexes) {
        this.mongo = mongo;
        this.secondaryIndexes = secondaryIndexes;
    }

    public void ensure(String collection, Index... indexes) {
        MongoCalls.run("creating the indexes of " + collection, () -> {
            for (Index index : indexes) {
                boolean unique = Boolean.TRUE.equals(index.getIndexOptions().get("unique"));
                if (unique) {
                    mongo.indexOps(collection).createIndex(index);
                } else if (secondaryIndexes) {
                    createSecondary(collection, index);
                } else {
                    LOG.debug("Not creating {} on {}: the embedded store has no secondary indexes", index, collection);
                }
            }
        });
    }

    /**
     * Unique indexes that only the embedded store needs: it uses an index only for a query that names
     * exactly its keys with plain values, so a write filtered on {@code _id} and {@code version} would
     * scan the collection without a unique index on both. A real MongoDB answers such a query from its
     * {@code _id} index, so there they are not created (they would only cost writes).
     */
    public void ensureForEmbeddedLookups(String collection, Index... indexes) {
        if (secondaryIndexes) {
            return;
        }
        MongoCalls.run("creating the look-up indexes of " + collection, () -> {
            for (Index index : indexes) {
                mongo.indexOps(collection).createIndex(index);
            }
        });
    }

    private void createSecondary(String collection, Index index) {
        try {
            mongo.indexOps(collection).createIndex(index);
        } catch (DataAccessException e) {
            if (MongoCalls.isUnreachable(e)) {
                throw e;
            }
            LOG.warn("Could not create {} on {}; queries on it will be slower: {}", index, collection, e.getMessage());
        }
    }
}
