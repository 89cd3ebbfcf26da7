package vn.egov.console.base.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    /** Ahead of Spring Security's filter chain (order -100), so that its refusals are answered in JSON too. */
    static final int ORDER = -110;

    @Bean
    FilterRegistrationBean<ApiRequestGuard> apiRequestGuard(ApiErrors errors,
                                                            @Value("${app.api.max-body-size:1MB}") DataSize maxBody) {
        var registration = new FilterRegistrationBean<>(new ApiRequestGuard(errors, maxBody.toBytes()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
