package dev.evergreen.render;

import dev.evergreen.finding.EvergreenException;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The FreeMarker configuration, built once and shared by every render thread (a {@link Configuration}
 * is thread-safe once configured). Site templates in {@code <content>/layouts/} win over the theme's,
 * file by file.
 */
final class Templates {

    static final String EXTENSION = ".ftl";

    private final Configuration freemarker;
    private final Path layoutsDir;
    private final Theme theme;

    Templates(Theme theme, Path layoutsDir, Locale locale, TimeZone timeZone) {
        this.theme = theme;
        this.layoutsDir = layoutsDir;
        this.freemarker = configure(theme, layoutsDir, locale, timeZone);
    }

    private static Configuration configure(Theme theme, Path layoutsDir, Locale locale, TimeZone timeZone) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(locale);
        cfg.setTimeZone(timeZone);
        // Plain .ftl files are HTML with auto-escaping; .ftlx files get the XML output format.
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        // Templates may come from any site's repository: they must not reach Java classes.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        // Errors reach the user once, as an EvergreenException naming the template line, not in FreeMarker's log.
        cfg.setLogTemplateExceptions(false);
        cfg.setAttemptExceptionReporter((exception, environment) -> { });
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Years and counts print as 2024, not as a localised 2,024.
        cfg.setNumberFormat("computer");
        cfg.setLocalizedLookup(false);
        cfg.setTemplateLoader(loader(theme, layoutsDir));
        return cfg;
    }

    private static TemplateLoader loader(Theme theme, Path layoutsDir) {
        TemplateLoader themeLoader = theme.templateLoader();
        if (!Files.isDirectory(layoutsDir)) {
            return themeLoader;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(layoutsDir.toFile()), themeLoader});
        } catch (IOException e) {
            throw new EvergreenException(layoutsDir, 0, "cannot read the layouts folder: " + e.getMessage(), e);
        }
    }

    /** Renders {@code <layout>.ftl}; any template problem becomes an exception naming the file and line. */
    Produced render(String layout, Object model) {
        String name = layout + EXTENSION;
        try {
            Template template = freemarker.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return new Produced(out.toString(), origin(name));
        } catch (TemplateNotFoundException e) {
            throw new EvergreenException(Path.of(origin(name)), 0,
                    "no template '" + name + "' in layouts/ or in theme '" + theme.name() + "'", e);
        } catch (ParseException e) {
            throw failure(e.getTemplateName(), e.getLineNumber(), e.getEditorMessage(), e);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            throw failure(e.getTemplateSourceName(), line == null ? 0 : line, e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new EvergreenException(Path.of(origin(name)), 0, "cannot read the template: " + e.getMessage(), e);
        }
    }

    /** {@code layouts/x.ftl} (relative to the content root) when the site overrides it, else the theme's file. */
    String origin(String templateName) {
        return Files.isRegularFile(layoutsDir.resolve(templateName))
                ? "layouts/" + templateName
                : theme.origin("templates/" + templateName);
    }

    private EvergreenException failure(String templateName, int line, String message, Exception cause) {
        Path file = Path.of(templateName == null ? theme.origin("templates/") : origin(templateName));
        return new EvergreenException(file, line, plainWords(message), cause);
    }

    /** FreeMarker's message without its "----" tip blocks, on one line. */
    private static String plainWords(String message) {
        String text = message == null ? "template error" : message;
        int tips = text.indexOf("\n----");
        if (tips >= 0) {
            text = text.substring(0, tips);
        }
        return text.replaceAll("\\s+", " ").strip();
    }
}
