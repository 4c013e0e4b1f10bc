package org.dropinkiosk.staff;

import org.dropinkiosk.staff.network.StaffNetwork;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Security's door to the PIN: the same check, throttle and audit as the PIN pad. Not a bean:
 * Spring Boot would also put a bean into the global authentication manager, which the form login
 * asks after a refusal, so one wrong PIN would count twice (issue 20).
 */
class StaffPinAuthenticationProvider implements AuthenticationProvider {

    private final StaffLogin login;
    private final StaffNetwork network;

    StaffPinAuthenticationProvider(StaffLogin login, StaffNetwork network) {
        this.login = login;
        this.network = network;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object credentials = authentication.getCredentials();
        String via = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                ? network.describe(current.getRequest(), "form")
                : "form";
        return switch (login.attempt(credentials == null ? "" : credentials.toString(), via)) {
            case StaffLogin.Outcome.LoggedIn in -> in.authentication();
            case StaffLogin.Outcome.Locked locked -> throw new LockedException("Locked until " + locked.until());
            case StaffLogin.Outcome.Wrong wrong -> throw new BadCredentialsException("Wrong PIN");
            case StaffLogin.Outcome.Confirmed c -> throw new BadCredentialsException("Not a login");
            case StaffLogin.Outcome.TooSoon soon -> throw new LockedException("Too soon");
            case StaffLogin.Outcome.NoPinSet none -> throw new DisabledException("No staff PIN is set");
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
