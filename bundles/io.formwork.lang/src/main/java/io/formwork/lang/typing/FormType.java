package io.formwork.lang.typing;

import io.formwork.lang.formwork.Indicator;
import io.formwork.lang.formwork.IndicatorType;
import io.formwork.lang.formwork.Unit;

/**
 * The type of a value in a rule: a kind, and for counts and amounts the unit it is counted in.
 */
public record FormType(Kind kind, Unit unit) {

	public enum Kind {
		COUNT("计数", "count"), AMOUNT("金额", "amount"), PERCENT("百分比", "percent"), RATIO("比率", "ratio"),
		NUMBER("数", "number"), TEXT("文本", "text"), DATE("日期", "date"), ENUMERATION("枚举", "enumeration"),
		BOOLEAN("条件", "condition"), UNKNOWN("未知", "unknown");

		public final String zh;
		public final String en;

		Kind(String zh, String en) {
			this.zh = zh;
			this.en = en;
		}
	}

	public static final FormType NUMBER = new FormType(Kind.NUMBER, null);
	public static final FormType BOOLEAN = new FormType(Kind.BOOLEAN, null);
	public static final FormType UNKNOWN = new FormType(Kind.UNKNOWN, null);
	public static final FormType PERCENT = new FormType(Kind.PERCENT, null);
	public static final FormType RATIO = new FormType(Kind.RATIO, null);

	public static FormType of(Indicator indicator) {
		if (indicator == null || indicator.eIsProxy()) {
			return UNKNOWN;
		}
		IndicatorType type = indicator.getType();
		Kind kind = switch (type) {
		case COUNT -> Kind.COUNT;
		case AMOUNT -> Kind.AMOUNT;
		case PERCENT -> Kind.PERCENT;
		case RATIO -> Kind.RATIO;
		case TEXT -> Kind.TEXT;
		case DATE -> Kind.DATE;
		case ENUMERATION -> Kind.ENUMERATION;
		};
		Unit unit = indicator.getUnit() == null || indicator.getUnit().eIsProxy() ? null : indicator.getUnit();
		return new FormType(kind, kind == Kind.PERCENT || kind == Kind.RATIO ? null : unit);
	}

	public boolean isNumeric() {
		return switch (kind) {
		case COUNT, AMOUNT, PERCENT, RATIO, NUMBER -> true;
		default -> false;
		};
	}

	public boolean isKnown() {
		return kind != Kind.UNKNOWN;
	}

	/** A quantity: a count or an amount, which carries a unit. */
	public boolean isQuantity() {
		return kind == Kind.COUNT || kind == Kind.AMOUNT;
	}

	public String zh() {
		return unit == null ? kind.zh : kind.zh + "（" + unitText() + "）";
	}

	public String en() {
		return unit == null ? kind.en : kind.en + " in " + unitText();
	}

	public String unitText() {
		if (unit == null) {
			return "";
		}
		return unit.getSymbol() != null ? unit.getSymbol() : unit.getName();
	}

	/** Same kind and same unit (by name, since a catalog may be loaded in several resources). */
	public boolean sameAs(FormType other) {
		return kind == other.kind && sameUnit(unit, other.unit);
	}

	public static boolean sameUnit(Unit a, Unit b) {
		if (a == null || b == null) {
			return a == b;
		}
		return a == b || a.getName() != null && a.getName().equals(b.getName());
	}
}
