package dev.saring.cli;

import dev.saring.filter.QualityFilters;
import dev.saring.io.AtomicFile;
import dev.saring.pipeline.Params;
import dev.saring.pipeline.Pipeline;
import dev.saring.assembly.RunConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The effective pipeline and every setting with its value and where it came from, as a config file
 * ({@code saring config}, and {@code config.properties} of a run): the built-in default, the per-language
 * table, the config file or the command line. Read back with {@code --config}, it gives the same pipeline.
 */
final class ConfigText {

    static final String FILE = "config.properties";

    /** Where a value came from. */
    enum Origin {
        DEFAULT("built-in default"), TABLE("per-language table"), FILE("config file"), COMMAND_LINE("command line");

        final String label;

        Origin(String label) {
            this.label = label;
        }
    }

    private record Setting(String key, String value, String origin) {
    }

    private ConfigText() {
    }

    /**
     * The config text.
     *
     * @param cfg         the run's config
     * @param fromFile    the config file's name, or null for the default pipeline
     * @param commandLine settings given by options, as {@code stage.setting}
     * @param reads       what building the pipeline read ({@link Params#recording})
     * @param languages   the languages whose own settings to list; empty for all
     */
    static String text(RunConfig cfg, String fromFile, Set<String> commandLine, List<Params.Read> reads, Collection<String> languages) {
        var plain = new LinkedHashMap<String, Map<String, Setting>>();   // stage -> key -> setting
        var perLanguage = new LinkedHashMap<String, Map<String, Setting>>(); // stage -> lang.key -> setting
        for (Params.Read r : reads) {
            String section = r.section();
            int space = section.lastIndexOf(' ');
            int colon = section.indexOf(':');
            if (space >= 0) {
                // "<table origin> <lang>.<stage>": a row of the per-language table
                String origin = section.substring(0, space);
                String langStage = section.substring(space + 1);
                int dot = langStage.indexOf('.');
                String lang = langStage.substring(0, dot);
                String stage = langStage.substring(dot + 1);
                plain.computeIfAbsent(stage, s -> new TreeMap<>()).putIfAbsent(r.key(), new Setting(stage + "." + r.key(), format(r.dflt()), Origin.DEFAULT.label));
                if (r.given() != null && wanted(lang, languages)) {
                    perLanguage.computeIfAbsent(stage, s -> new TreeMap<>()).put(lang + "." + r.key(),
                            new Setting(stage + "." + lang + "." + r.key(), format(r.given()), Origin.TABLE.label + " (" + origin + ")"));
                }
            } else if (colon >= 0) {
                String stage = section.substring(0, colon);
                String lang = section.substring(colon + 1);
                if (r.given() != null) {
                    perLanguage.computeIfAbsent(stage, s -> new TreeMap<>()).put(lang + "." + r.key(),
                            new Setting(stage + "." + lang + "." + r.key(), format(r.given()), origin(stage + "." + lang + "." + r.key(), commandLine, fromFile)));
                }
            } else {
                var keys = plain.computeIfAbsent(section, s -> new TreeMap<>());
                boolean quality = QualityFilters.SECTIONS.contains(section);
                if (r.given() != null) {
                    keys.put(r.key(), new Setting(section + "." + r.key(), format(r.given()), origin(section + "." + r.key(), commandLine, fromFile)));
                } else if (!quality || !keys.containsKey(r.key())) {
                    keys.putIfAbsent(r.key(), new Setting(section + "." + r.key(), format(r.dflt()), Origin.DEFAULT.label));
                }
            }
        }
        var sb = new StringBuilder();
        sb.append("# The pipeline and every setting, with where its value comes from; 'saring run --config' reads this file.\n");
        sb.append("# <stage>.<setting> applies to every language, <stage>.<language>.<setting> to one.\n");
        sb.append("# steps: ").append(fromFile == null ? Origin.DEFAULT.label : Origin.FILE.label + " " + fromFile).append('\n');
        sb.append("steps = ").append(String.join(", ", cfg.steps())).append('\n');
        for (String stage : cfg.steps()) {
            var rows = new ArrayList<Setting>();
            var p = plain.get(stage);
            if (p != null) rows.addAll(p.values());
            var l = perLanguage.get(stage);
            if (l != null) {
                // a table value the config file replaces for every language is not a setting of the run
                var replaced = p == null ? Set.<String>of() : p.entrySet().stream()
                        .filter(e -> !e.getValue().origin().equals(Origin.DEFAULT.label)).map(Map.Entry::getKey)
                        .collect(java.util.stream.Collectors.toSet());
                l.forEach((langKey, row) -> {
                    boolean fromTable = row.origin().startsWith(Origin.TABLE.label);
                    if (!fromTable || !replaced.contains(langKey.substring(langKey.indexOf('.') + 1))) rows.add(row);
                });
            }
            sb.append('\n');
            if (rows.isEmpty()) sb.append("# ").append(stage).append(": no settings\n");
            // a properties file has no end-of-line comments: each origin is a comment above its group
            var byOrigin = new LinkedHashMap<String, List<Setting>>();
            rows.forEach(r -> byOrigin.computeIfAbsent(r.origin(), o -> new ArrayList<>()).add(r));
            byOrigin.forEach((origin, group) -> {
                sb.append("# ").append(stage).append(": ").append(origin).append('\n');
                for (Setting r : group) {
                    if (r.value() == null) sb.append("# ").append(r.key()).append(" is not set\n");
                    else sb.append(r.key()).append(" = ").append(escape(r.value())).append('\n');
                }
            });
        }
        return sb.toString();
    }

    /**
     * The config a run uses, its pipeline and its text, from the options {@code run} and {@code config} share.
     *
     * @param file         the config file, or null
     * @param languages    {@code --languages}, or null
     * @param highAccuracy {@code --high-accuracy}
     */
    static Effective effective(Path file, List<String> languages, boolean highAccuracy) throws IOException {
        RunConfig cfg = file == null ? RunConfig.defaults() : RunConfig.load(file);
        var commandLine = new java.util.TreeSet<String>();
        if (languages != null) {
            cfg = cfg.with("language", "keep", String.join(",", languages));
            commandLine.add("language.keep");
        }
        if (highAccuracy) {
            cfg = cfg.with("language", "accuracy", "high");
            commandLine.add("language.accuracy");
        }
        RunConfig c = cfg;
        var pipeline = new Pipeline[1];
        List<Params.Read> reads = Params.recording(() -> pipeline[0] = c.pipeline());
        String text = text(c, file == null ? null : file.toString(), commandLine, reads, languages == null ? List.of() : languages);
        return new Effective(c, pipeline[0], text);
    }

    /** A run's config, the pipeline built from it and its text as {@code config.properties}. */
    record Effective(RunConfig config, Pipeline pipeline, String text) {
        void write(Path dir) throws IOException {
            try (var f = AtomicFile.create(dir.resolve(FILE))) {
                f.stream().write(text.getBytes(StandardCharsets.UTF_8));
                f.commit();
            }
        }
    }

    private static boolean wanted(String lang, Collection<String> languages) {
        return languages.isEmpty() || languages.contains(lang) || lang.equals(QualityFilters.FALLBACK_LANGUAGE);
    }

    private static String origin(String key, Set<String> commandLine, String fromFile) {
        return commandLine.contains(key) ? Origin.COMMAND_LINE.label : Origin.FILE.label + (fromFile == null ? "" : " " + fromFile);
    }

    private static String format(Object v) {
        if (v == null) return null;
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
        if (v instanceof java.util.List<?> list) return String.join(", ", list.stream().map(String::valueOf).toList());
        return v.toString();
    }

    /** Properties syntax: backslashes and line breaks escaped, so that the value reads back as it was. */
    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
