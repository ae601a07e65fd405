package io.leadflow.gateway.security;

import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The console's sessions in the gateway's PostgreSQL database, for WebFlux: Spring Session JDBC keeps them (its
 * repository is blocking, and Spring Session has no reactive JDBC one), so each call runs on Reactor's
 * bounded-elastic threads, never on the event loop, and the answer hops back to the parallel threads: the rest of
 * the request must not run on a thread that a cancelled session read may interrupt (the bulkhead's permission wait
 * then fails).
 */
final class JdbcWebSessions implements ReactiveSessionRepository<Session> {

    private final SessionRepository<Session> sessions;

    JdbcWebSessions(SessionRepository<Session> sessions) {
        this.sessions = sessions;
    }

    @Override
    public Mono<Session> createSession() {
        return Mono.fromCallable(sessions::createSession)
                .subscribeOn(Schedulers.boundedElastic())
                .publishOn(Schedulers.parallel());
    }

    @Override
    public Mono<Void> save(Session session) {
        return Mono.fromRunnable(() -> sessions.save(session))
                .subscribeOn(Schedulers.boundedElastic())
                .publishOn(Schedulers.parallel())
                .then();
    }

    @Override
    public Mono<Session> findById(String id) {
        return Mono.fromCallable(() -> sessions.findById(id))
                .subscribeOn(Schedulers.boundedElastic())
                .publishOn(Schedulers.parallel());
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return Mono.fromRunnable(() -> sessions.deleteById(id))
                .subscribeOn(Schedulers.boundedElastic())
                .publishOn(Schedulers.parallel())
                .then();
    }
}
