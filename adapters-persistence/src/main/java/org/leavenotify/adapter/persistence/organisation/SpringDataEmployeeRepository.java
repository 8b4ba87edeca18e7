package org.leavenotify.adapter.persistence.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SpringDataEmployeeRepository extends MongoRepository<EmployeeDocument, String> {

    Optional<EmployeeDocument> findByUsername(String username);

    List<EmployeeDocument> findByManagerIdOrderByIdAsc(String managerId);

    /** {@code roles} holds names: this matches the documents whose list contains {@code role}. */
    List<EmployeeDocument> findByRolesAndActiveTrueOrderByIdAsc(String role);
}
