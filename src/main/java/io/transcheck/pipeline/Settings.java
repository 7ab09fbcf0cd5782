package io.transcheck.pipeline;

import io.transcheck.align.AlignSettings;
import io.transcheck.check.LabelSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.Environment;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The typed thresholds of a run: defaults declared on {@link AlignSettings} and
 * {@link LabelSettings}, overridden by application properties ({@code transcheck.align.*},
 * {@code transcheck.labels.*}), overridden by the job file's {@code thresholds:}.
 */
public record Settings(AlignSettings align, LabelSettings labels) {
    private static final String PREFIX = "transcheck.";
    private static final Map<String, Class<? extends Record>> GROUPS = Map.of("align", AlignSettings.class, "labels", LabelSettings.class);

    public static Settings bind(Environment env, Map<String, String> jobOverrides) {
        List<ConfigurationPropertySource> sources = new ArrayList<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        jobOverrides.forEach((k, v) -> overrides.put(PREFIX + k, v));
        sources.add(new MapConfigurationPropertySource(overrides));
        if (env != null) ConfigurationPropertySources.get(env).forEach(sources::add);
        Binder binder = new Binder(sources);
        return new Settings(binder.bindOrCreate(PREFIX + "align", AlignSettings.class),
                binder.bindOrCreate(PREFIX + "labels", LabelSettings.class));
    }

    public static Settings defaults() {
        return new Settings(AlignSettings.defaults(), LabelSettings.defaults());
    }

    /** The names a job file may use under thresholds: (`labels.invented-support`). */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>();
        GROUPS.forEach((group, type) -> {
            for (RecordComponent c : type.getRecordComponents()) names.add(group + "." + kebab(c.getName()));
        });
        return names;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
