package org.dropinkiosk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Drop-in Kiosk: an easy-read, talking touchscreen for self-advocacy drop-ins. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class KioskApplication {

    public static void main(String[] args) {
        SpringApplication.run(KioskApplication.class, args);
    }
}
