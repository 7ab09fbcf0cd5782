package io.transcheck.corpus;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a job file (jobs/NAME.yml) and rejects mistakes with the file, the line and what is wrong.
 *
 * <pre>
 * name: stratechery-2025-10
 * transcripts: seeds/001_7439e84836933ddf.txt      # one path, or a list; globs allowed
 * edited:
 *   - seeds/*.txt                                  # transcripts are left out automatically
 * speakers:                                        # role: labels that open a turn
 *   host: [主持人, 汤普森, Thompson]
 *   guest: [SA, 奥特曼, Altman]
 * aliases:                                         # optional: names the articles spell differently
 *   Fidji Simo: [菲吉·西莫]
 * thresholds:                                      # optional overrides of application settings
 *   labels.invented-support: 0.25
 * </pre>
 *
 * Paths are relative to the job's root: the folder that holds the {@code jobs/} folder (or the
 * job file's own folder when it is not in one). Paths that leave the root are refused.
 */
public final class JobDefinitionLoader {
    private static final List<String> KEYS = List.of("name", "description", "transcripts", "edited", "speakers", "aliases", "thresholds");

    private final Set<String> knownSettings;

    /** @param knownSettings the threshold names a job file may override */
    public JobDefinitionLoader(Set<String> knownSettings) {
        this.knownSettings = new TreeSet<>(knownSettings);
    }

    public JobDefinition load(Path file) throws JobDefinitionException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new JobDefinitionException(file + ": job file not found");
        } catch (CharacterCodingException e) {
            throw new JobDefinitionException(file + ": job file is not UTF-8; re-save it as UTF-8");
        } catch (IOException e) {
            throw new JobDefinitionException(file + ": cannot read the job file: " + e.getMessage());
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        return parse(text, file, rootOf(file), true);
    }

    /** The folder a job file's paths are relative to. */
    public static Path rootOf(Path jobFile) {
        Path dir = jobFile.toAbsolutePath().normalize().getParent();
        if (dir.getFileName() != null && dir.getFileName().toString().equals("jobs") && dir.getParent() != null) {
            return dir.getParent();
        }
        return dir;
    }

    public JobDefinition parse(String yaml, Path source, Path root, boolean restricted) throws JobDefinitionException {
        String where = source == null ? "job definition" : source.toString();
        Node doc;
        try {
            doc = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw new JobDefinitionException(where + ":" + line + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new JobDefinitionException(where + ": not valid YAML: " + e.getMessage());
        }
        if (!(doc instanceof MappingNode map)) {
            throw new JobDefinitionException(where + ":1: a job file is a YAML mapping with the keys name, transcripts and edited");
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode(), where, "a key");
            if (!KEYS.contains(key)) {
                throw new JobDefinitionException(at(where, t.getKeyNode()) + "unknown key '" + key + "' (expected one of " + String.join(", ", KEYS) + ")");
            }
            if (values.put(key, t.getValueNode()) != null) {
                throw new JobDefinitionException(at(where, t.getKeyNode()) + "'" + key + "' is given twice");
            }
        }
        for (String required : List.of("name", "transcripts", "edited")) {
            if (!values.containsKey(required)) {
                throw new JobDefinitionException(where + ":1: missing '" + required + "' (" + switch (required) {
                    case "name" -> "the job name, used for the reports folder";
                    case "transcripts" -> "the transcript file or files";
                    default -> "the articles to check: paths or globs";
                } + ")");
            }
        }
        Node nameNode = values.get("name");
        String name = scalar(nameNode, where, "'name'");
        if (!JobDefinition.NAME.matcher(name).matches()) {
            throw new JobDefinitionException(at(where, nameNode) + "name '" + name + "' may only use letters, digits, '.', '_' and '-' (it names the reports folder)");
        }
        List<String> transcripts = paths(values.get("transcripts"), where, "transcripts", root, restricted);
        List<String> edited = paths(values.get("edited"), where, "edited", root, restricted);
        Map<Role, List<String>> speakers = roles(values.get("speakers"), speakers(values.get("speakers"), where, "speakers", true), where);
        Map<String, List<String>> aliases = speakers(values.get("aliases"), where, "aliases", false);
        Map<String, String> settings = settings(values.get("thresholds"), where);
        return new JobDefinition(name, source, root, restricted, transcripts, edited, speakers, aliases, settings);
    }

    private List<String> paths(Node node, String where, String key, Path root, boolean restricted) throws JobDefinitionException {
        List<String> out = new ArrayList<>();
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        if (items.isEmpty()) throw new JobDefinitionException(at(where, node) + "'" + key + "' is empty: list at least one path or glob");
        for (Node item : items) {
            String p = scalar(item, where, "each entry of '" + key + "'");
            if (p.isBlank()) throw new JobDefinitionException(at(where, item) + "empty path in '" + key + "'");
            if (restricted) {
                Path resolved = root.resolve(p).normalize();
                if (Path.of(p).isAbsolute() || !resolved.startsWith(root)) {
                    throw new JobDefinitionException(at(where, item) + "'" + p + "' is outside the job's folder " + root
                            + "; job files may only name files inside it (move the files, or run ad hoc with --transcript= and --edited=)");
                }
            }
            out.add(p);
        }
        return out;
    }

    /** A mapping of a key (speaker role, or a name) to one label or a list of them. */
    private Map<String, List<String>> speakers(Node node, String where, String key, boolean unique) throws JobDefinitionException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node == null) return out;
        if (!(node instanceof MappingNode map)) {
            throw new JobDefinitionException(at(where, node) + (key.equals("speakers")
                    ? "'speakers' maps a role to its labels, e.g. host: [主持人, 汤普森]"
                    : "'aliases' maps a name to its other spellings, e.g. Fidji Simo: [菲吉·西莫]"));
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : map.getValue()) {
            String role = scalar(t.getKeyNode(), where, "a speaker role");
            List<String> aliases = new ArrayList<>();
            List<Node> items = t.getValueNode() instanceof SequenceNode seq ? seq.getValue() : List.of(t.getValueNode());
            for (Node item : items) {
                String alias = scalar(item, where, "each label of speaker '" + role + "'").strip();
                if (alias.isEmpty()) throw new JobDefinitionException(at(where, item) + "empty label for speaker '" + role + "'");
                if (unique && !seen.add(alias.toLowerCase(java.util.Locale.ROOT))) {
                    throw new JobDefinitionException(at(where, item) + "label '" + alias + "' is given to more than one speaker");
                }
                aliases.add(alias);
            }
            out.put(role, aliases);
        }
        return out;
    }

    /** The speakers mapping with its keys read as roles: host or guest. */
    private static Map<Role, List<String>> roles(Node node, Map<String, List<String>> byName, String where) throws JobDefinitionException {
        Map<Role, List<String>> out = new java.util.EnumMap<>(Role.class);
        for (Map.Entry<String, List<String>> e : byName.entrySet()) {
            Role role = Role.parse(e.getKey()).orElse(null);
            if (role == null) {
                Node at = ((MappingNode) node).getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(e.getKey()))
                        .map(NodeTuple::getKeyNode).findFirst().orElse(node);
                throw new JobDefinitionException(at(where, at) + "unknown speaker role '" + e.getKey() + "' (a role is host, who asks, or guest, who answers)");
            }
            if (out.put(role, e.getValue()) != null) throw new JobDefinitionException(at(where, node) + "role '" + role + "' is given twice");
        }
        return out;
    }

    private Map<String, String> settings(Node node, String where) throws JobDefinitionException {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) return out;
        if (!(node instanceof MappingNode map)) {
            throw new JobDefinitionException(at(where, node) + "'thresholds' maps a setting name to a number, e.g. labels.invented-support: 0.25");
        }
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode(), where, "a threshold name");
            if (!knownSettings.contains(key)) {
                throw new JobDefinitionException(at(where, t.getKeyNode()) + "unknown threshold '" + key + "' (known: " + String.join(", ", knownSettings) + ")");
            }
            String value = scalar(t.getValueNode(), where, "threshold '" + key + "'");
            if (key.endsWith(".enabled")) {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new JobDefinitionException(at(where, t.getValueNode()) + "'" + key + "' must be true or false, found '" + value + "'");
                }
            } else {
                try {
                    Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new JobDefinitionException(at(where, t.getValueNode()) + "threshold '" + key + "' must be a number, found '" + value + "'");
                }
            }
            out.put(key, value);
        }
        return out;
    }

    private static String scalar(Node node, String where, String what) throws JobDefinitionException {
        if (node instanceof ScalarNode s) return s.getValue();
        String found = node instanceof SequenceNode ? "a list" : node instanceof MappingNode ? "a mapping" : "nothing";
        throw new JobDefinitionException(at(where, node) + what + " must be a single value, found " + found);
    }

    private static String at(String where, Node node) {
        return where + ":" + (node == null ? 1 : node.getStartMark().getLine() + 1) + ": ";
    }

    /** The definition as YAML, with its root made explicit, so that every worker reads the same job. */
    public static String toYaml(JobDefinition d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("transcripts", d.transcripts());
        m.put("edited", d.edited());
        if (!d.speakers().isEmpty()) {
            Map<String, List<String>> speakers = new LinkedHashMap<>();
            d.speakers().forEach((role, labels) -> speakers.put(role.label(), labels));
            m.put("speakers", speakers);
        }
        if (!d.aliases().isEmpty()) m.put("aliases", d.aliases());
        if (!d.settings().isEmpty()) m.put("thresholds", d.settings());
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setAllowUnicode(true);
        return new Yaml(o).dump(m);
    }
}
