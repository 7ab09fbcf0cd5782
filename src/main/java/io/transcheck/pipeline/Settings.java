package io.transcheck.pipeline;

import io.transcheck.align.AlignSettings;
import io.transcheck.check.CheckSettings;
import io.transcheck.check.Checks;
import io.transcheck.check.LabelSettings;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.Environment;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The typed settings of a run: defaults declared on {@link AlignSettings}, {@link LabelSettings}
 * and {@link CheckSettings}, overridden by application properties ({@code transcheck.align.*},
 * {@code transcheck.labels.*}, {@code transcheck.checks.*}), overridden by the job file's {@code thresholds:}.
 */
public record Settings(AlignSettings align, LabelSettings labels, CheckSettings checks) {
    private static final String PREFIX = "transcheck.";

    public Settings {
        if (align == null || labels == null || checks == null) throw new IllegalArgumentException("incomplete settings");
    }

    /**
     * @param env          application properties, or null for the defaults
     * @param jobOverrides a job file's thresholds by name ({@code labels.invented-support})
     */
    public static Settings bind(Environment env, Map<String, String> jobOverrides) {
        List<ConfigurationPropertySource> sources = new ArrayList<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        jobOverrides.forEach((k, v) -> overrides.put(PREFIX + k, v));
        sources.add(new MapConfigurationPropertySource(overrides));
        if (env != null) ConfigurationPropertySources.get(env).forEach(sources::add);
        Binder binder = new Binder(sources);
        return new Settings(binder.bindOrCreate(PREFIX + "align", AlignSettings.class),
                binder.bindOrCreate(PREFIX + "labels", LabelSettings.class),
                CheckSettings.of(binder.bind(PREFIX + "checks", Bindable.mapOf(String.class, CheckSettings.Toggle.class)).orElse(Map.of())));
    }

    /** The properties a run starts from outside Spring (the evaluate, train and pairs commands): application.yml. */
    public static org.springframework.core.env.StandardEnvironment applicationDefaults() {
        org.springframework.core.env.StandardEnvironment env = new org.springframework.core.env.StandardEnvironment();
        try {
            new org.springframework.boot.env.YamlPropertySourceLoader().load("application.yml",
                    new org.springframework.core.io.ClassPathResource("application.yml")).forEach(env.getPropertySources()::addLast);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return env;
    }

    public static Settings defaults() {
        return new Settings(AlignSettings.defaults(), LabelSettings.defaults(), CheckSettings.ALL);
    }

    /** The names a job file may use under thresholds: ({@code labels.invented-support}, {@code checks.NUMBER_MISMATCH.enabled}). */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>();
        collect("align", AlignSettings.class, names);
        collect("labels", LabelSettings.class, names);
        for (String id : Checks.ids()) names.add("checks." + id + ".enabled");
        return names;
    }

    private static void collect(String prefix, Class<?> type, Set<String> names) {
        for (RecordComponent c : type.getRecordComponents()) {
            String name = prefix + "." + kebab(c.getName());
            if (c.getType().isRecord()) collect(name, c.getType(), names);
            else names.add(name);
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
