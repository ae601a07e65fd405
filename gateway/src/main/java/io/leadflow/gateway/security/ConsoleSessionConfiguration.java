package io.leadflow.gateway.security;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * Where the console's sign-in sessions live: the gateway's own database (table {@code spring_session}, Flyway V2),
 * shared by every replica and kept across restarts. The cookie is {@code SESSION}: HttpOnly, SameSite=Lax, Secure
 * when {@code server.reactive.session.cookie.secure} says so. Expired sessions are deleted every minute.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "leadflow.console.url")
@EnableSpringWebSession
@EnableScheduling
class ConsoleSessionConfiguration {

    static final String COOKIE = "SESSION";

    @Bean
    JdbcIndexedSessionRepository jdbcSessions(
            DataSource dataSource, @Value("${server.reactive.session.timeout:30m}") Duration timeout) {
        JdbcIndexedSessionRepository sessions = new JdbcIndexedSessionRepository(
                new JdbcTemplate(dataSource), new TransactionTemplate(new JdbcTransactionManager(dataSource)));
        sessions.setDefaultMaxInactiveInterval(timeout);
        return sessions;
    }

    @Bean
    @SuppressWarnings({"unchecked", "rawtypes"})
    JdbcWebSessions webSessions(JdbcIndexedSessionRepository jdbcSessions) {
        return new JdbcWebSessions((SessionRepository<Session>) (SessionRepository) jdbcSessions);
    }

    @Bean
    WebSessionIdResolver webSessionIdResolver(@Value("${server.reactive.session.cookie.secure:false}") boolean secure) {
        CookieWebSessionIdResolver cookies = new CookieWebSessionIdResolver();
        cookies.setCookieName(COOKIE);
        cookies.addCookieInitializer(
                cookie -> cookie.httpOnly(true).sameSite("Lax").secure(secure).path("/"));
        return cookies;
    }

    @Bean
    ExpiredSessions expiredSessions(JdbcIndexedSessionRepository jdbcSessions) {
        return new ExpiredSessions(jdbcSessions);
    }

    /** Deletes sessions past their expiry; any replica may do it, the delete is idempotent. */
    static final class ExpiredSessions {

        private final JdbcIndexedSessionRepository sessions;

        ExpiredSessions(JdbcIndexedSessionRepository sessions) {
            this.sessions = sessions;
        }

        @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
        void deleteExpired() {
            sessions.cleanUpExpiredSessions();
        }
    }
}
