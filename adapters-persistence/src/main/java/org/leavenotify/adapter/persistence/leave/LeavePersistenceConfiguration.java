package org.leavenotify.adapter.persistence.leave;

import org.leavenotify.adapter.persistence.MongoIndexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The leave feature's storage adapters; imported by the persistence adapter's configuration. */
@Configuration(proxyBeanMethods = false)
public class LeavePersistenceConfiguration {

    @Bean
    MongoLeaveRequestRepository leaveRequestRepository(MongoTemplate mongo, MongoIndexes indexes) {
        MongoLeaveRequestRepository repository = new MongoLeaveRequestRepository(mongo);
        repository.createIndexes(indexes);
        return repository;
    }

    /** Ledgers, seeded once from the requests a release without them stored (see {@link LeaveLedgerMigration}). */
    @Bean
    MongoLeaveLedgers leaveLedgers(MongoTemplate mongo, MongoIndexes indexes) {
        MongoLeaveLedgers ledgers = new MongoLeaveLedgers(mongo);
        ledgers.createIndexes(indexes);
        new LeaveLedgerMigration(mongo).run();
        return ledgers;
    }

    @Bean
    MongoHolidayCalendar holidayCalendar(SpringDataHolidayRepository holidays, MongoIndexes indexes) {
        MongoHolidayCalendar calendar = new MongoHolidayCalendar(holidays);
        calendar.createIndexes(indexes);
        return calendar;
    }

    @Bean
    MongoLeaveAllowances leaveAllowances(SpringDataAllowanceRepository allowances) {
        return new MongoLeaveAllowances(allowances);
    }
}
