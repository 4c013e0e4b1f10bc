package org.dropinkiosk.content;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Serves the venue's own pictures (kiosk-config/pictures) at /pictures/**, read fresh so new files show at once.
 * Only plain files directly in that folder or below it: no symbolic link (to a file or a folder) is followed, so
 * a link named passwd.png to /etc/passwd is "not found". Their sandboxing CSP comes from kiosk.SecurityHeaders.
 */
@Configuration(proxyBeanMethods = false)
class PictureResources implements WebMvcConfigurer {

    private final KioskSettings settings;

    PictureResources(KioskSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        Path folder = settings.configDir().resolve("pictures").toAbsolutePath().normalize();
        String location = folder.toUri().toString();
        registry.addResourceHandler("/pictures/**")
                .addResourceLocations(location.endsWith("/") ? location : location + "/")
                .setCachePeriod(0)
                .resourceChain(false)
                .addResolver(new PlainFilesOnly(folder));
    }

    /** Resolves a picture name to a regular file inside the folder, reached without any symbolic link. */
    static final class PlainFilesOnly extends AbstractResourceResolver {
        private final Path folder;

        PlainFilesOnly(Path folder) {
            this.folder = folder;
        }

        @Override
        protected Resource resolveResourceInternal(
                HttpServletRequest request,
                String requestPath,
                List<? extends Resource> locations,
                ResourceResolverChain chain) {
            Path file = find(requestPath);
            return file == null ? null : new FileSystemResource(file);
        }

        @Override
        protected String resolveUrlPathInternal(
                String resourceUrlPath, List<? extends Resource> locations, ResourceResolverChain chain) {
            return find(resourceUrlPath) == null ? null : resourceUrlPath;
        }

        /** The file, or null: outside the folder, missing, a folder, or reached through a link. */
        Path find(String name) {
            if (name == null || name.isEmpty() || name.contains("\\") || name.indexOf('\0') >= 0) {
                return null;
            }
            try {
                Path file = folder.resolve(name).normalize();
                if (!file.startsWith(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    return null;
                }
                // Every part of the way must be the real thing: a linked folder gives a different real path.
                Path realFolder = folder.toRealPath();
                Path real = file.toRealPath();
                return real.equals(realFolder.resolve(folder.relativize(file))) ? real : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
