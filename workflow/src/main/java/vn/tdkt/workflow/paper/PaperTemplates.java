package vn.tdkt.workflow.paper;

import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the paper templates, locked down because administrators upload them: no {@code ?new} (no Java class can be
 * instantiated), no {@code ?api}, only the papers' own accessors visible ({@link PaperObjectWrapper}), templates and
 * their includes only from the {@link TemplateSource}, and a bounded output. Thread-safe; one per source.
 *
 * <p>Templates named *.ftlh escape everything as HTML. The model has one variable, {@code paper}. Numbers print in the
 * Vietnamese style ("7.020.000"); use {@code ?c} for counters so that line 1000 is not "1.000".
 */
public final class PaperTemplates {

    /** Far above a decision with thousands of annex lines (about 400 characters each). */
    static final int DEFAULT_OUTPUT_LIMIT = 32 * 1024 * 1024;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final Configuration configuration;
    private final int outputLimit;

    public PaperTemplates(TemplateSource source) {
        this(source, DEFAULT_OUTPUT_LIMIT);
    }

    PaperTemplates(TemplateSource source, int outputLimit) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new SourceLoader(source));
        c.setLocalizedLookup(false);
        // Always ask the source: an administrator's edit shows in the next paper (the parse is cached per version).
        c.setTemplateUpdateDelayMilliseconds(0);
        c.setRecognizeStandardFileExtensions(true);
        c.setObjectWrapper(new PaperObjectWrapper(Configuration.VERSION_2_3_34));
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setAttemptExceptionReporter((e, env) -> {});
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setLocale(VIETNAMESE);
        c.setNumberFormat("#,##0");
        this.configuration = c;
        this.outputLimit = outputLimit;
    }

    /** The paper laid out by its template, as XHTML text. */
    public String render(Paper paper) {
        return render(paper.templateName(), paper);
    }

    /**
     * The paper laid out by the named template (e.g. an administrator's variant).
     *
     * @throws TemplateProblem if the template is missing, does not parse or fails while running
     */
    public String render(String templateName, Paper paper) {
        Template template;
        try {
            template = configuration.getTemplate(templateName);
        } catch (TemplateNotFoundException e) {
            throw new TemplateProblem(templateName, 0, "no such template", e);
        } catch (ParseException e) {
            throw new TemplateProblem(nameOr(e.getTemplateName(), templateName), e.getLineNumber(),
                    e.getEditorMessage(), e);
        } catch (IOException e) {
            throw new TemplateProblem(templateName, 0, "cannot read the template: " + e.getMessage(), e);
        }
        BoundedWriter out = new BoundedWriter(outputLimit);
        try {
            template.process(Map.of("paper", paper), out);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            throw new TemplateProblem(nameOr(e.getTemplateSourceName(), templateName), line == null ? 0 : line,
                    e.getMessageWithoutStackTop(), e);
        } catch (BoundedWriter.TooMuchOutput e) {
            throw new TemplateProblem(templateName, 0, e.getMessage(), e);
        } catch (ParseException e) {
            // An include or import that does not parse.
            throw new TemplateProblem(nameOr(e.getTemplateName(), templateName), e.getLineNumber(),
                    e.getEditorMessage(), e);
        } catch (IOException e) {
            throw new TemplateProblem(templateName, 0, e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * Parses a template an administrator is about to store, so that a syntax error is reported at upload rather than
     * at the next paper. Only the syntax: variables and imports are checked when a paper is rendered.
     *
     * @throws TemplateProblem with the line of the first syntax error
     */
    public void check(TemplateText text) {
        try {
            new Template(text.name(), new StringReader(text.text()), configuration);
        } catch (ParseException e) {
            throw new TemplateProblem(text.name(), e.getLineNumber(), e.getEditorMessage(), e);
        } catch (IOException e) {
            throw new TemplateProblem(text.name(), 0, e.getMessage(), e);
        }
    }

    private static String nameOr(String name, String fallback) {
        return name == null ? fallback : name;
    }
}
