package io.formwork.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

import io.formwork.narrative.ClaimSpec;
import io.formwork.runtime.io.AtomicFile;
import io.formwork.runtime.layout.FormLayout;
import io.formwork.runtime.migration.CellMapping;
import io.formwork.runtime.plan.Plan;

/**
 * The compiled-template cache: what validating filings needs of a set of templates (each template's plan, layout
 * and claims, its year and revision-chain length for discovery, the cell mappings between every two of them for
 * the previous period), stored under the user's cache folder ({@code templates/<key>.fwt}) so that a run whose
 * templates are unchanged starts neither Xtext nor Guice.
 *
 * <p>The key is a SHA-256 of Formwork's build (the version and the compilers' jars), how the templates were named
 * (a folder or a file), and the path and bytes of every .form file the loader would read; it is computed
 * without parsing. An entry also lists every file the load actually read, each with its SHA-256, checked on a
 * hit. An entry that is missing, truncated, corrupt, of another format or build, or unreadable is a miss; a
 * folder that cannot be written is silently not written to. Entries are written atomically.
 */
public final class TemplateCache {

	private static final int MAGIC = 0x46575443; // "FWTC"

	private final Path folder;

	/** A cache in a folder (created when first written to). */
	public TemplateCache(Path folder) {
		this.folder = folder;
	}

	/**
	 * The user's cache, or null when it is turned off: {@code FORMWORK_CACHE=0} (or the system property
	 * {@code formwork.cache=0}) turns it off; the folder is {@code FORMWORK_CACHE_DIR} (or
	 * {@code formwork.cacheDir}), else {@code $XDG_CACHE_HOME/formwork}, else {@code ~/.cache/formwork}, as the
	 * launcher's ahead-of-time cache.
	 */
	public static TemplateCache standard() {
		String off = setting("formwork.cache", "FORMWORK_CACHE");
		if (off != null && (off.equals("0") || off.equalsIgnoreCase("false") || off.equalsIgnoreCase("off"))) {
			return null;
		}
		try {
			String dir = setting("formwork.cacheDir", "FORMWORK_CACHE_DIR");
			if (dir == null) {
				String xdg = System.getenv("XDG_CACHE_HOME");
				dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
						.resolve("formwork").toString();
			}
			return new TemplateCache(Path.of(dir).resolve("templates"));
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static String setting(String property, String variable) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(variable);
		}
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Path folder() {
		return folder;
	}

	/**
	 * The key of templates named as {@code --template} names them (a folder: every .form file under it; a file:
	 * it, the default, with the .form files beside it): the files hashed, nothing parsed. Null when the files
	 * cannot be read (the load then reports why).
	 */
	public Key key(Path template) {
		try {
			Path named = template.toAbsolutePath().normalize();
			boolean folderNamed = Files.isDirectory(named);
			List<Path> files = new ArrayList<>();
			if (folderNamed) {
				files.addAll(formFiles(named, true));
			} else if (Files.isRegularFile(named)) {
				files.add(named);
				if (named.getParent() != null) {
					formFiles(named.getParent(), false).stream().filter(p -> !p.equals(named)).forEach(files::add);
				}
			} else {
				return null;
			}
			MessageDigest digest = sha256();
			update(digest, "formwork-templates " + StoredForms.FORMAT + " " + build());
			update(digest, (folderNamed ? "folder " : "file ") + named);
			Map<Path, String> hashes = new LinkedHashMap<>();
			for (Path file : files) {
				String hash = hash(file);
				hashes.put(file, hash);
				update(digest, file + " " + hash);
			}
			Timing.mark("template files hashed (the cache's key)");
			return new Key(named, folderNamed, HexFormat.of().formatHex(digest.digest()), hashes);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** A key: the templates named, and the hashes of the files it was made of. */
	public record Key(Path named, boolean folder, String hex, Map<Path, String> hashes) {
	}

	/** The templates stored under a key, or null (a miss: no entry, a bad one, a file changed since). */
	public Templates lookup(Key key) {
		if (key == null) {
			return null;
		}
		Path entry = folder.resolve(key.hex() + ".fwt");
		try {
			if (!Files.isRegularFile(entry)) {
				return null;
			}
			byte[] bytes = Files.readAllBytes(entry);
			long size = bytes.length - 8L;
			if (size < 8) {
				return null;
			}
			CRC32 crc = new CRC32();
			crc.update(bytes, 0, (int) size);
			if (crc.getValue() != ByteBuffer.wrap(bytes, (int) size, 8).getLong()) {
				return null; // cut short or corrupt: its parts are read only when a filing needs them, so it is checked whole
			}
			try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, (int) size))) {
				if (in.readInt() != MAGIC || in.readInt() != StoredForms.FORMAT) {
					return null;
				}
				StoredForms.Reader reader = new StoredForms.Reader(in, size);
				if (!key.hex().equals(reader.readString())) {
					return null;
				}
				String defaultId = reader.read(String.class);
				List<String> read = reader.readList(String.class);
				if (read.size() % 2 != 0) {
					return null;
				}
				List<Path> files = new ArrayList<>();
				for (int i = 0; i < read.size(); i += 2) {
					Path file = Path.of(read.get(i));
					String known = key.hashes().get(file);
					if (!read.get(i + 1).equals(known != null ? known : hash(file))) {
						return null; // a file the load read (an import, a catalog elsewhere) changed
					}
					files.add(file);
				}
				@SuppressWarnings("rawtypes")
				List<List> stored = reader.readList(List.class);
				byte[] mappings = reader.read(byte[].class);
				if (in.read() != -1) {
					return null;
				}
				Map<String, Templates.Info> infos = new LinkedHashMap<>();
				Map<String, Supplier<CompiledTemplate>> compiled = new LinkedHashMap<>();
				if (mappings == null) {
					return null;
				}
				Templates[] templates = new Templates[1];
				CompiledTemplate.Stored siblings = new CompiledTemplate.Stored(id -> templates[0].compiled(id), memo(() -> {
					Map<String, CellMapping> byPair = new LinkedHashMap<>();
					for (Object mapping : decode(mappings, List.class)) {
						CellMapping m = (CellMapping) mapping;
						byPair.put(m.fromTemplate() + "\u0000" + m.toTemplate(), m);
					}
					return byPair;
				}));
				for (List<?> template : stored) {
					if (template.size() != 4 || !(template.get(0) instanceof String id) || !(template.get(1) instanceof Integer year)
							|| !(template.get(2) instanceof Integer lineage) || !(template.get(3) instanceof byte[] parts)) {
						return null;
					}
					infos.put(id, new Templates.Info(year, lineage));
					// read, and compiled (the engine made), when a filing first needs it
					compiled.put(id, () -> {
						List<?> form = decode(parts, List.class);
						if (form.size() != 3 || !(form.get(0) instanceof Plan plan) || !(form.get(1) instanceof FormLayout layout)
								|| !(form.get(2) instanceof List<?> claims) || !claims.stream().allMatch(ClaimSpec.class::isInstance)
								|| !id.equals(plan.templateId())) {
							throw new IllegalStateException("a compiled-template cache entry does not hold template " + id);
						}
						return CompiledTemplate.stored(plan, layout, claims.stream().map(ClaimSpec.class::cast).toList(), siblings);
					});
				}
				if (infos.isEmpty() || defaultId != null && !infos.containsKey(defaultId)) {
					return null;
				}
				templates[0] = Templates.stored(infos, compiled, defaultId, files);
				return templates[0];
			}
		} catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
			return null; // a bad entry is a miss; it is written again
		}
	}

	/**
	 * Stores templates loaded with Xtext under a key: every template compiled, the cell mappings between every two.
	 * Nothing is stored when that cannot be done exactly (a mapping that cannot be made); a folder that cannot be
	 * written is fine. Returns whether an entry was written.
	 */
	public boolean store(Key key, Templates templates) {
		if (key == null || templates.resourceSet() == null) {
			return false;
		}
		try {
			List<List<Object>> stored = new ArrayList<>();
			List<CellMapping> mappings = new ArrayList<>();
			List<CompiledTemplate> all = new ArrayList<>();
			for (String id : templates.ids()) {
				CompiledTemplate compiled = templates.compiled(id);
				Templates.Info info = templates.info(id);
				all.add(compiled);
				stored.add(List.of(id, info.year(), info.lineage(),
						StoredForms.encode(List.of(compiled.plan, compiled.form.layout(), compiled.context().claims()))));
			}
			for (CompiledTemplate to : all) {
				for (CompiledTemplate from : all) {
					if (from != to) {
						mappings.add(to.mappingFrom(from));
					}
				}
			}
			// every file the load read, now that every reference is resolved
			Map<String, String> files = new TreeMap<>();
			for (var resource : List.copyOf(templates.resourceSet().getResources())) {
				if (resource.getURI() != null && resource.getURI().isFile()) {
					Path file = Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
					String known = key.hashes().get(file);
					files.put(file.toString(), known != null ? known : hash(file));
				}
			}
			List<String> fileList = new ArrayList<>();
			files.forEach((file, hash) -> {
				fileList.add(file);
				fileList.add(hash);
			});
			String defaultId = templates.defaultId();
			Files.createDirectories(folder);
			byte[] mappingBytes = StoredForms.encode(mappings);
			AtomicFile.write(folder.resolve(key.hex() + ".fwt"), out -> {
				CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(out, 1 << 16),
						new CRC32());
				DataOutputStream data = new DataOutputStream(checked);
				data.writeInt(MAGIC);
				data.writeInt(StoredForms.FORMAT);
				StoredForms.Writer writer = new StoredForms.Writer(data);
				writer.write(key.hex());
				writer.write(defaultId);
				writer.write(fileList);
				writer.write(stored);
				writer.write(mappingBytes);
				data.flush();
				long crc = checked.getChecksum().getValue();
				data.writeLong(crc); // the CRC-32 of everything before it
				data.flush();
			});
			return true;
		} catch (IOException | RuntimeException | StackOverflowError e) {
			return false; // a cache that cannot be written is no error: the next run loads the templates again
		}
	}

	/** Decodes a part of an entry whose checksum was right: a failure here is a bug of the format, not a bad file. */
	private static <T> T decode(byte[] bytes, Class<T> type) {
		try {
			return StoredForms.decode(bytes, type);
		} catch (StoredForms.Malformed e) {
			throw new IllegalStateException("a compiled-template cache entry cannot be read: " + e.getMessage(), e);
		}
	}

	private static <T> Supplier<T> memo(Supplier<T> supplier) {
		return new Supplier<>() {
			private T value;

			@Override
			public synchronized T get() {
				if (value == null) {
					value = supplier.get();
				}
				return value;
			}
		};
	}

	/** The regular .form files of a folder (recursively or not), sorted: the loader's rule. */
	private static List<Path> formFiles(Path folder, boolean recursive) throws IOException {
		try (Stream<Path> files = recursive ? Files.walk(folder) : Files.list(folder)) {
			return files.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".form"))
					.map(p -> p.toAbsolutePath().normalize()).filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static String hash(Path file) throws IOException {
		MessageDigest digest = sha256();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) '\n');
	}

	private static String build;

	/**
	 * Formwork's build as far as stored forms depend on it: its version, and the size and time of the jars (or
	 * class files) of the compilers, the pipeline and the runtime. Found without loading a class of them.
	 */
	static synchronized String build() {
		if (build == null) {
			Package own = TemplateCache.class.getPackage();
			StringBuilder text = new StringBuilder(own == null || own.getImplementationVersion() == null ? "dev" : own.getImplementationVersion());
			ClassLoader loader = TemplateCache.class.getClassLoader();
			for (String resource : List.of("io/formwork/pipeline/TemplateCache.class", "io/formwork/lang/compiler/PlanCompiler.class",
					"io/formwork/lang/compiler/LayoutCompiler.class", "io/formwork/lang/revision/CellMappings.class",
					"io/formwork/runtime/plan/Plan.class", "io/formwork/runtime/layout/FormLayout.class")) {
				URL url = loader == null ? null : loader.getResource(resource);
				text.append(' ').append(stamp(url));
			}
			build = text.toString();
		}
		return build;
	}

	private static String stamp(URL url) {
		if (url == null) {
			return "-";
		}
		try {
			String location = url.toString();
			Path file = null;
			if (location.startsWith("jar:file:")) {
				file = Path.of(new URI(location.substring(4, location.indexOf("!/"))));
			} else if (location.startsWith("file:")) {
				file = Path.of(url.toURI());
			}
			if (file != null) {
				return file + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
			}
			return location;
		} catch (Exception e) {
			return url.toString();
		}
	}
}
