package org.dropinkiosk.staff;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Visitor screens are open to all; staff screens and exports need a staff login. */
@Configuration
@EnableWebSecurity
class StaffSecurity {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health/**", "/actuator/health",
                        "/styles/**", "/scripts/**", "/symbols/**", "/pictures/**", "/speech/**").permitAll());
        return http.with(vaadin(), vaadin -> { }).build();
    }
}
