package org.leavenotify.adapter.persistence.auth;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SpringDataCredentialRepository extends MongoRepository<CredentialsDocument, String> {
}
