package io.formwork.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.formwork.narrative.ClaimSpec;
import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Location;
import io.formwork.runtime.Precision;
import io.formwork.runtime.Severity;
import io.formwork.runtime.layout.FormLayout;
import io.formwork.runtime.migration.CellMapping;
import io.formwork.runtime.plan.CellSpec;
import io.formwork.runtime.plan.Expr;
import io.formwork.runtime.plan.Plan;
import io.formwork.runtime.plan.RuleInstance;

/**
 * The stored form of a compiled template (the compiled-template cache's entries, {@link TemplateCache}): a plain,
 * versioned binary format of the runtime's records (plan, layout, claims, cell mappings). A value is a tag byte
 * then its content; a record is the index of its class in {@link #TYPES} then its components in declaration
 * order, rebuilt through its canonical constructor (so the records' own checks apply). Only the classes listed
 * are ever made; no class is looked up by name. Changing a listed record or the list changes {@link #FORMAT}.
 * A malformed stream fails with {@link Malformed}, never with anything else.
 */
final class StoredForms {

	/** The version of this format; entries of another are ignored. */
	static final int FORMAT = 2;

	/** The records and enums a stored form may hold, by index: the list is part of the format. */
	private static final List<Class<?>> TYPES = List.of(Plan.class, Plan.UnitConversion.class, CellSpec.class,
			CellSpec.Kind.class, RuleInstance.class, CellAddress.class, Location.class, Severity.class, Precision.Mode.class,
			Expr.Num.class, Expr.Ref.class, Expr.Bool.class, Expr.Negate.class, Expr.Arithmetic.class, Expr.Compare.class,
			Expr.Logic.class, Expr.Not.class, Expr.Call.class, FormLayout.class, FormLayout.Section.class,
			FormLayout.Narrative.class, FormLayout.Claim.class, FormLayout.Table.class, FormLayout.Header.class,
			FormLayout.Line.class, ClaimSpec.class, CellMapping.class, CellMapping.Link.class, CellMapping.Relation.class);

	private static final Map<Class<?>, Integer> INDEX = new HashMap<>();
	static {
		for (int i = 0; i < TYPES.size(); i++) {
			INDEX.put(TYPES.get(i), i);
		}
	}

	private static final int NULL = 0, STRING = 1, INT = 2, BOOLEAN = 3, DECIMAL = 4, LIST = 5, MAP = 6, RECORD = 7, ENUM = 8,
			STRING_AGAIN = 9, BYTES = 10;

	/** A record class's components and canonical constructor, looked up once. */
	private record Shape(RecordComponent[] components, Method[] accessors, Constructor<?> constructor) {
		static Shape of(Class<?> type) throws NoSuchMethodException {
			RecordComponent[] components = type.getRecordComponents();
			Method[] accessors = new Method[components.length];
			Class<?>[] types = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				accessors[i] = components[i].getAccessor();
				types[i] = components[i].getType();
			}
			return new Shape(components, accessors, type.getDeclaredConstructor(types));
		}
	}

	private static final ConcurrentHashMap<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

	private static Shape shape(Class<?> type) throws IOException {
		Shape shape = SHAPES.get(type);
		if (shape == null) {
			try {
				shape = Shape.of(type);
			} catch (NoSuchMethodException | RuntimeException e) {
				throw new Malformed("no canonical constructor of " + type.getSimpleName());
			}
			SHAPES.put(type, shape);
		}
		return shape;
	}

	/** Values written on their own (their own string table), to be read when needed: {@link #decode}. */
	static byte[] encode(Object value) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		new Writer(out).write(value);
		out.flush();
		return bytes.toByteArray();
	}

	/** Reads what {@link #encode} wrote. */
	static <T> T decode(byte[] bytes, Class<T> type) throws Malformed {
		Reader reader = new Reader(new DataInputStream(new ByteArrayInputStream(bytes)), bytes.length);
		T value = reader.read(type);
		if (value == null) {
			throw new Malformed("no " + type.getSimpleName());
		}
		return value;
	}

	/** Writes values; a string written before is written as its number (template files repeat their paths and codes). */
	static final class Writer {
		private final DataOutputStream out;
		private final Map<String, Integer> strings = new HashMap<>();

		Writer(DataOutputStream out) {
			this.out = out;
		}

		void write(Object value) throws IOException {
			StoredForms.write(out, value, strings);
		}
	}
	/** Nesting deeper than this is not a stored form (expressions of real templates nest a few dozen levels). */
	private static final int MAX_DEPTH = 2000;

	/** A stored form that cannot be read: truncated, corrupt, of another format. */
	static final class Malformed extends IOException {
		private static final long serialVersionUID = 1L;

		Malformed(String message) {
			super(message);
		}
	}

	private StoredForms() {
	}

	private static void write(DataOutputStream out, Object value, Map<String, Integer> strings) throws IOException {
		if (value == null) {
			out.writeByte(NULL);
		} else if (value instanceof String s) {
			Integer known = strings.get(s);
			if (known != null) {
				out.writeByte(STRING_AGAIN);
				out.writeInt(known);
			} else {
				strings.put(s, strings.size());
				out.writeByte(STRING);
				writeString(out, s);
			}
		} else if (value instanceof byte[] bytes) {
			out.writeByte(BYTES);
			out.writeInt(bytes.length);
			out.write(bytes);
		} else if (value instanceof Integer i) {
			out.writeByte(INT);
			out.writeInt(i);
		} else if (value instanceof Boolean b) {
			out.writeByte(BOOLEAN);
			out.writeBoolean(b);
		} else if (value instanceof BigDecimal d) {
			out.writeByte(DECIMAL);
			writeString(out, d.toString());
		} else if (value instanceof List<?> list) {
			out.writeByte(LIST);
			out.writeInt(list.size());
			for (Object item : list) {
				write(out, item, strings);
			}
		} else if (value instanceof Map<?, ?> map) {
			out.writeByte(MAP);
			out.writeInt(map.size());
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				write(out, entry.getKey(), strings);
				write(out, entry.getValue(), strings);
			}
		} else if (value instanceof Enum<?> e) {
			out.writeByte(ENUM);
			out.writeShort(index(e.getDeclaringClass()));
			writeString(out, e.name());
		} else if (value instanceof Record record) {
			out.writeByte(RECORD);
			out.writeShort(index(record.getClass()));
			Shape shape = shape(record.getClass());
			for (int i = 0; i < shape.accessors().length; i++) {
				try {
					write(out, shape.accessors()[i].invoke(record), strings);
				} catch (IllegalAccessException | InvocationTargetException e) {
					throw new IOException("cannot store " + record.getClass().getSimpleName() + "." + shape.components()[i].getName(), e);
				}
			}
		} else {
			throw new IOException("cannot store a " + value.getClass().getName());
		}
	}

	private static int index(Class<?> type) throws IOException {
		Integer index = INDEX.get(type);
		if (index == null) {
			throw new IOException("cannot store a " + type.getName());
		}
		return index;
	}

	private static void writeString(DataOutputStream out, String s) throws IOException {
		byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	/** Reads the values a {@link Writer} wrote, in order; {@code limit} bounds every length (the entry's size). */
	static final class Reader {
		private final DataInputStream in;
		private final long limit;
		private final List<String> strings = new ArrayList<>();

		Reader(DataInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		<T> T read(Class<T> type) throws Malformed {
			return StoredForms.read(this, type);
		}

		String readString() throws Malformed {
			return read(String.class);
		}

		@SuppressWarnings("unchecked")
		<T> List<T> readList(Class<T> item) throws Malformed {
			List<?> list = read(List.class);
			if (list == null) {
				throw new Malformed("no list");
			}
			for (Object o : list) {
				if (!item.isInstance(o)) {
					throw new Malformed("not a list of " + item.getSimpleName());
				}
			}
			return (List<T>) list;
		}

		private Object read(int depth) throws IOException {
			if (depth > MAX_DEPTH) {
				throw new Malformed("nested too deep");
			}
			int tag = in.readUnsignedByte();
			switch (tag) {
			case NULL:
				return null;
			case STRING: {
				String s = string();
				strings.add(s);
				return s;
			}
			case STRING_AGAIN: {
				int index = in.readInt();
				if (index < 0 || index >= strings.size()) {
					throw new Malformed("no string " + index);
				}
				return strings.get(index);
			}
			case BYTES: {
				byte[] bytes = new byte[length()];
				in.readFully(bytes);
				return bytes;
			}
			case INT:
				return in.readInt();
			case BOOLEAN:
				return in.readBoolean();
			case DECIMAL:
				return new BigDecimal(string());
			case LIST: {
				int size = length();
				List<Object> list = new ArrayList<>(Math.min(size, 1024));
				for (int i = 0; i < size; i++) {
					list.add(read(depth + 1));
				}
				return Collections.unmodifiableList(list);
			}
			case MAP: {
				int size = length();
				Map<Object, Object> map = new LinkedHashMap<>();
				for (int i = 0; i < size; i++) {
					Object key = read(depth + 1);
					map.put(key, read(depth + 1));
				}
				return Collections.unmodifiableMap(map);
			}
			case ENUM: {
				Class<?> type = type();
				String name = string();
				for (Object constant : type.getEnumConstants() == null ? new Object[0] : type.getEnumConstants()) {
					if (((Enum<?>) constant).name().equals(name)) {
						return constant;
					}
				}
				throw new Malformed("no " + type.getSimpleName() + "." + name);
			}
			case RECORD: {
				Class<?> type = type();
				if (!type.isRecord()) {
					throw new Malformed(type.getSimpleName() + " is not a record");
				}
				Shape shape = shape(type);
				Object[] args = new Object[shape.components().length];
				for (int i = 0; i < args.length; i++) {
					args[i] = read(depth + 1);
					if (shape.components()[i].getType().isPrimitive() && args[i] == null) {
						throw new Malformed(type.getSimpleName() + "." + shape.components()[i].getName() + " is missing");
					}
				}
				try {
					return shape.constructor().newInstance(args);
				} catch (ReflectiveOperationException | IllegalArgumentException e) {
					throw new Malformed("cannot make " + type.getSimpleName() + ": " + e);
				}
			}
			default:
				throw new Malformed("unknown tag " + tag);
			}
		}

		private Class<?> type() throws IOException {
			int index = in.readUnsignedShort();
			if (index >= TYPES.size()) {
				throw new Malformed("unknown type " + index);
			}
			return TYPES.get(index);
		}

		private int length() throws IOException {
			int length = in.readInt();
			if (length < 0 || length > limit) {
				throw new Malformed("bad length " + length);
			}
			return length;
		}

		private String string() throws IOException {
			byte[] bytes = new byte[length()];
			in.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	private static <T> T read(Reader reader, Class<T> type) throws Malformed {
		Object value;
		try {
			value = reader.read(0);
		} catch (Malformed e) {
			throw e;
		} catch (EOFException e) {
			throw new Malformed("truncated");
		} catch (IOException | RuntimeException | StackOverflowError e) {
			throw new Malformed("corrupt: " + e);
		}
		if (value != null && !type.isInstance(value)) {
			throw new Malformed("not a " + type.getSimpleName());
		}
		return type.cast(value);
	}
}
