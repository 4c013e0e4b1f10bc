package org.dropinkiosk.staff;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.staff.network.StaffNetwork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
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

    /**
     * The only authentication manager: the PIN, with no parent to ask again after a wrong PIN (so a
     * wrong form login counts once), and Spring Boot makes no generated "user" password beside it.
     */
    @Bean
    AuthenticationManager staffAuthenticationManager(StaffLogin login, StaffNetwork network) {
        return new ProviderManager(new StaffPinAuthenticationProvider(login, network));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager staffAuthenticationManager)
            throws Exception {
        http.authenticationManager(staffAuthenticationManager);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/actuator/health/**",
                        "/actuator/health",
                        "/styles/**",
                        "/scripts/**",
                        "/symbols/**",
                        "/pictures/**",
                        "/speech/**")
                .permitAll()
                .requestMatchers(StaffPage.DOWNLOADS + "**")
                .hasRole(StaffPage.ROLE));
        return http.with(vaadin(), vaadin -> vaadin.loginView(LOGIN, "/").defaultSuccessUrl("/staff", true))
                .build();
    }
}
