package vn.egov.console.base.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB before the DataSource, unless {@code spring.datasource.url} names an external server.
 * The DataSource depends on the server bean, so Liquibase and JPA only ever see a running database, and the server is
 * stopped after everything that uses it has been closed. The console connects as its own user, never as root.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedMariaDbConfiguration {

    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        return EmbeddedMariaDb.acquire(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb server, EmbeddedMariaDbProperties embedded) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(server.jdbcUrl(embedded.database()))
                .username(server.credentials().user())
                .password(server.credentials().password())
                .build();
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}
