package org.dropinkiosk.staff;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Visitor screens are open to all; staff screens and exports need a staff login. The login view is
 * the PIN pad at /staff/login; logging out (Home) goes back to the visitors' Home.
 */
@Configuration
@EnableWebSecurity
class StaffSecurity {

    static final String LOGIN = "/staff/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, StaffPinAuthenticationProvider pin) throws Exception {
        http.authenticationProvider(pin);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health/**", "/actuator/health",
                        "/styles/**", "/scripts/**", "/symbols/**", "/pictures/**", "/speech/**").permitAll()
                .requestMatchers(ExportController.PATH + "**").hasRole(StaffPage.ROLE));
        return http.with(vaadin(), vaadin -> vaadin.loginView(LOGIN, "/").defaultSuccessUrl("/staff", true)).build();
    }
}
