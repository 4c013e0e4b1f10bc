package org.dropinkiosk.content.editor;

import java.nio.file.Path;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.content.ContentLibrary;
import org.dropinkiosk.content.NewsSaved;
import org.dropinkiosk.content.SymbolCatalog;
import org.dropinkiosk.kiosk.Messages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The News editor's parts, on kiosk-config/content and kiosk-config/pictures. */
@Configuration(proxyBeanMethods = false)
class NewsEditorConfiguration {

    @Bean
    NewsPages newsPages(
            KioskSettings settings, ApplicationEventPublisher events, ContentLibrary library, Messages words) {
        // After a save the visitor News reads the folder at once instead of at the next poll.
        return new NewsPages(
                settings.configDir().resolve("content"),
                (action, detail) -> events.publishEvent(new NewsSaved(action, detail)),
                library::reload,
                words);
    }

    /** Opened when the editor is first used, not at start: copying the 12 MB set costs the start-up nothing. */
    @Bean(destroyMethod = "close")
    @Lazy
    MulberrySet mulberrySet() {
        return MulberrySet.fromClasspath();
    }

    @Bean
    @Lazy
    PictureFinder pictureFinder(KioskSettings settings, MulberrySet mulberry) {
        return new PictureFinder(mulberry, pictures(settings), SymbolCatalog.bundledNames());
    }

    @Bean
    PhotoImport photoImport(KioskSettings settings) {
        return new PhotoImport(pictures(settings));
    }

    @Bean
    SimplerWords simplerWords() {
        return SimplerWords.fromClasspath();
    }

    private static Path pictures(KioskSettings settings) {
        return settings.configDir().resolve("pictures");
    }
}
