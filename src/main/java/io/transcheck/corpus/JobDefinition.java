package io.transcheck.corpus;


import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What one nightly job checks: transcripts, the edited documents written from them (paths or
 * globs, relative to {@code root}), who speaks under which labels, and threshold overrides.
 *
 * @param source     the job file, or null for an ad hoc run from the command line
 * @param root       the folder paths are resolved against; a job file may not reach outside it
 * @param restricted whether paths must stay inside {@code root} (true for job files)
 * @param speakers   role (host, guest, ...) to the labels that introduce it
 * @param aliases    a name as the transcript writes it to the spellings articles use (`Fidji Simo: [菲吉·西莫]`)
 * @param settings   threshold overrides by property name (`labels.invented-support`)
 */
public record JobDefinition(String name, Path source, Path root, boolean restricted,
                            List<String> transcripts, List<String> edited,
                            Map<Role, List<String>> speakers, Map<String, List<String>> aliases,
                            Map<String, String> settings) {

    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public JobDefinition {
        if (name == null || !NAME.matcher(name).matches()) throw new IllegalArgumentException("job name " + name);
        if (root == null) throw new IllegalArgumentException("no root folder");
        transcripts = List.copyOf(transcripts);
        edited = List.copyOf(edited);
        Map<Role, List<String>> sp = new java.util.EnumMap<>(Role.class);
        speakers.forEach((k, v) -> sp.put(k, List.copyOf(v)));
        speakers = java.util.Collections.unmodifiableMap(sp);
        Map<String, List<String>> al = new LinkedHashMap<>();
        aliases.forEach((k, v) -> al.put(k, List.copyOf(v)));
        aliases = java.util.Collections.unmodifiableMap(al);
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /**
     * A job given on the command line: its files by absolute path, relative to nothing in particular
     * (an ad hoc run may name files anywhere), the default aliases and thresholds.
     *
     * @param root the folder the run was started from
     */
    public static JobDefinition adHoc(String name, List<Path> transcripts, List<Path> edited, Map<Role, List<String>> speakers, Path root) {
        return new JobDefinition(name, null, root, false, absolute(transcripts), absolute(edited), speakers, Map.of(), Map.of());
    }

    private static List<String> absolute(List<Path> paths) {
        return paths.stream().map(p -> p.toAbsolutePath().toString()).toList();
    }

    /** Where the job came from, for messages. */
    public String origin() {
        return source != null ? source.toString() : "command line";
    }
}
