package org.dropinkiosk.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dropinkiosk.kiosk.Messages;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The easy-read check from the command line, for volunteers and CI:
 * {@code ./mvnw -q -o compile exec:java -Dexec.mainClass=org.dropinkiosk.content.CheckContent -Dexec.args=kiosk-config/content}.
 * Prints every finding and exits with 1 when there are errors, 2 when the folder is missing, else 0.
 */
public final class CheckContent {

    private CheckContent() {}

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "kiosk-config/content");
        System.exit(run(folder, System.out));
    }

    /** The content module's own words (messages/content), in British English as the kiosk's defaults are. */
    private static Messages contentWords() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/content");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source, Locale.UK);
    }

    static int run(Path folder, PrintStream out) {
        if (!Files.isDirectory(folder)) {
            out.println("There is no content folder at " + folder.toAbsolutePath() + ".");
            return 2;
        }
        Path pictures = folder.toAbsolutePath().getParent().resolve("pictures");
        SymbolCatalog symbols = new SymbolCatalog(SymbolCatalog.bundledNames(), pictures);
        List<ContentFile> files = ContentFolder.read(folder, ContentLibrary.PREFIX, contentWords());
        List<EasyReadFinding> findings = new EasyReadChecker(ContentFolder.allowedWords(folder), symbols).check(files);
        int pages = ContentFolder.pages(files).size();
        int screens = ScreenSplitter.split(ContentFolder.pages(files)).size();
        for (EasyReadFinding f : findings) {
            out.println((f.error() ? "ERROR   " : "advice  ") + f.sentence());
        }
        long errors = EasyReadChecker.errors(findings);
        out.println(files.size() + " files, " + pages + " pages, " + screens + " screens: " + errors + " errors, "
                + (findings.size() - errors) + " pieces of advice.");
        return errors > 0 ? 1 : 0;
    }
}
