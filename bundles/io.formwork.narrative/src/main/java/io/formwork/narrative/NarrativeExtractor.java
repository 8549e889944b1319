package io.formwork.narrative;

import io.formwork.runtime.CellAddress;
import io.formwork.runtime.Fact;
import io.formwork.runtime.Location;
import io.formwork.runtime.Problem;
import io.formwork.runtime.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the figures a narrative report states in sentences ("主动公开政府信息96000条") as facts, one per claim.
 *
 * <ol>
 * <li>The text is normalised ({@link NormalizedText}: full- and half-width forms alike, spaces dropped) with a
 * map back to the original, and split into sections at its numbered headings ({@link Sections}).</li>
 * <li>A claim with a section heading is looked for in the sections whose heading matches it best; when the
 * text has no heading that matches, in the whole text, with a warning {@value #SECTION_NOT_FOUND}.</li>
 * <li>Every figure there that one of the claim's phrases reads ({@link Phrase}: the literal text around the
 * figure, the unit after it) is a candidate, and so is 无 or 没有 followed by a phrase's prefix ("无行政诉讼"
 * reads 0 under "行政诉讼{value}件").</li>
 * <li>A figure goes to the claim whose phrase matched the longest literal text ("可在线受理的依申请类事项{value}项"
 * beats "依申请类事项{value}项"); equally long matches go to the claim given first. A figure is claimed once.</li>
 * <li>Each claim takes the first of its figures in the text. Later figures with other values are reported as a
 * warning {@value #AMBIGUOUS}; repetitions of the same value are not.</li>
 * </ol>
 * A qualitative claim (phrases without a figure: "均获维持") reads 1 where the text says one of its phrases.
 * A claim the text does not state gives no fact and no problem. Facts are located at the figure (at 无 for a
 * negation) in the original text, lines and columns 1-based, columns counted in UTF-16 characters; their
 * source is the sentence around the figure. A fact's value is always in its claim's unit, already converted
 * exactly with its printed precision ("5.3万余条" for a claim in 条 is 53000, approximate, to the thousand), so
 * its {@link Fact#statedUnit() stated unit} is never set; the sentence keeps what the text printed. The whole
 * run is linear in the length of the text.
 */
public final class NarrativeExtractor {

	public static final String SECTION_NOT_FOUND = "narrative.sectionNotFound";
	public static final String AMBIGUOUS = "narrative.ambiguous";

	/**
	 * The cell of every location read from an HTML page: lines and columns there are those of the page's text
	 * (see {@link #extractHtml}), not of the HTML source.
	 */
	public static final String PAGE_TEXT = "页面文本 page text";

	/** How far the source sentence of a fact may reach on either side of its figure. */
	static final int SENTENCE_LIMIT = 300;
	/**
	 * How long the quote a message shows ({@code {sentence}}, the location's quote) may be: longer sentences are
	 * shortened to the clauses around the figure ({@link NormalizedText#quote}).
	 */
	static final int QUOTE_LIMIT = 60;
	/** How many other figures an ambiguity warning lists. */
	static final int LISTED = 10;

	private NarrativeExtractor() {
	}

	/** Reads the claims from a plain text; locations refer to its lines and columns. */
	public static Extraction extract(String text, String file, List<ClaimSpec> claims) {
		return extract(text, file, claims, null);
	}

	/**
	 * Reads the claims from a published HTML page, turned into text first: block elements and br on lines of
	 * their own, &amp;nbsp; as a space. Locations refer to the lines and columns of that text, and say so in
	 * their cell ({@value #PAGE_TEXT}).
	 */
	public static Extraction extractHtml(String html, String file, List<ClaimSpec> claims) {
		return extract(HtmlText.of(Objects.requireNonNull(html, "html")), file, claims, PAGE_TEXT);
	}

	/**
	 * The text {@link #extractHtml} reads from a page, whose lines and columns its locations refer to: the body's
	 * text with block elements and br on lines of their own, table cells separated by a space, white space
	 * collapsed, &amp;nbsp; as a space, scripts and styles left out.
	 */
	public static String pageText(String html) {
		return HtmlText.of(Objects.requireNonNull(html, "html"));
	}

	/** A figure a claim's phrase reads, at an index of the normalised text (its first digit, or 无). */
	private record Candidate(int claim, int at, Phrase.Reading reading) {
	}

	private static Extraction extract(String text, String file, List<ClaimSpec> claims, String cell) {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(claims, "claims");
		NormalizedText normalized = NormalizedText.of(text);
		String t = normalized.text;
		List<Figure> figures = Figure.scan(normalized);
		Sections sections = Sections.of(t, normalized);
		List<Problem> problems = new ArrayList<>();

		Map<String, List<Sections.Section>> searched = new LinkedHashMap<>();
		Sections.Section whole = new Sections.Section("", 0, t.length());
		List<Candidate> candidates = new ArrayList<>();
		for (int c = 0; c < claims.size(); c++) {
			ClaimSpec claim = claims.get(c);
			List<Sections.Section> ranges = claim.sectionHeading() == null || claim.sectionHeading().isBlank()
					? List.of(whole)
					: searched.computeIfAbsent(claim.sectionHeading(), heading -> {
						List<Sections.Section> found = sections.matching(heading);
						if (!found.isEmpty()) {
							return found;
						}
						problems.add(Problem.warning(SECTION_NOT_FOUND, Location.unknown(file),
								"未找到与“" + heading + "”相符的标题，其中的数据在全文中查找",
								"No heading matches \"" + heading + "\"; its claims are looked for in the whole text"));
						return List.of(whole);
					});
			List<Phrase> phrases = claim.phrases().stream().map(p -> new Phrase(p, claim.unit())).toList();
			if (claim.qualitative()) {
				for (Phrase phrase : phrases) {
					for (int at = t.indexOf(phrase.prefix); at >= 0 && !phrase.prefix.isEmpty();
							at = t.indexOf(phrase.prefix, at + phrase.prefix.length())) {
						if (within(ranges, at)) {
							candidates.add(new Candidate(c, at, new Phrase.Reading(Value.of(1), phrase.prefix.length())));
						}
					}
				}
				continue;
			}
			for (Sections.Section range : ranges) {
				for (int f = firstFigureFrom(figures, range.start()); f < figures.size()
						&& figures.get(f).start() < range.end(); f++) {
					Phrase.Reading best = null;
					for (Phrase phrase : phrases) {
						Phrase.Reading reading = phrase.read(t, figures.get(f));
						if (reading != null && (best == null || reading.literalLength() > best.literalLength())) {
							best = reading;
						}
					}
					if (best != null) {
						candidates.add(new Candidate(c, figures.get(f).start(), best));
					}
				}
			}
			for (Phrase phrase : phrases) {
				for (int at : phrase.negations(t)) {
					if (within(ranges, at)) {
						candidates.add(new Candidate(c, at, new Phrase.Reading(Value.of(0),
								phrase.prefix.length())));
					}
				}
			}
		}

		Map<Integer, Candidate> winners = new HashMap<>();
		for (Candidate candidate : candidates) {
			winners.merge(candidate.at(), candidate, NarrativeExtractor::moreSpecific);
		}
		Map<Integer, List<Candidate>> byClaim = new HashMap<>();
		for (Candidate winner : winners.values()) {
			byClaim.computeIfAbsent(winner.claim(), k -> new ArrayList<>()).add(winner);
		}

		List<Fact> facts = new ArrayList<>();
		for (int c = 0; c < claims.size(); c++) {
			List<Candidate> won = byClaim.get(c);
			if (won == null) {
				continue;
			}
			won.sort(Comparator.comparingInt(Candidate::at));
			Candidate first = won.get(0);
			Phrase.Reading reading = first.reading();
			Location location = normalized.location(file, first.at(), cell)
					.quoting(normalized.quote(first.at(), QUOTE_LIMIT));
			facts.add(new Fact(CellAddress.claim(claims.get(c).name()), reading.value(), null, location,
					normalized.sentence(first.at(), SENTENCE_LIMIT)));
			List<Candidate> others = won.stream()
					.filter(o -> o.reading().value().number().compareTo(reading.value().number()) != 0).toList();
			if (!others.isEmpty()) {
				problems.add(ambiguity(claims.get(c).name(), normalized, file, cell, first, others));
			}
		}
		return new Extraction(facts, problems);
	}

	/** The candidate with the longer literal match; on a tie, the earlier claim's. */
	private static Candidate moreSpecific(Candidate a, Candidate b) {
		int byLength = Integer.compare(a.reading().literalLength(), b.reading().literalLength());
		return byLength > 0 || byLength == 0 && a.claim() <= b.claim() ? a : b;
	}

	private static Problem ambiguity(String claim, NormalizedText normalized, String file, String cell,
			Candidate taken, List<Candidate> others) {
		StringBuilder listed = new StringBuilder();
		for (int i = 0; i < Math.min(others.size(), LISTED); i++) {
			Candidate other = others.get(i);
			listed.append(i == 0 ? "" : ", ").append(other.reading().value()).append(" (")
					.append(lineColumn(normalized.location(file, other.at(), cell))).append(')');
		}
		int more = others.size() - LISTED;
		String takenAt = lineColumn(normalized.location(file, taken.at(), cell));
		return Problem.warning(AMBIGUOUS, normalized.location(file, others.get(0).at(), cell),
				claim + " 取第一个数 " + taken.reading().value() + "（" + takenAt + "），另有不同的数也相符：" + listed
						+ (more > 0 ? " 等，另 " + more + " 个" : ""),
				claim + " takes the first figure, " + taken.reading().value() + " (" + takenAt
						+ "); other figures also match: " + listed + (more > 0 ? " and " + more + " more" : ""));
	}

	private static String lineColumn(Location location) {
		return location.line() + ":" + location.column();
	}

	/** Index of the first figure starting at or after an index of the text. */
	private static int firstFigureFrom(List<Figure> figures, int start) {
		int low = 0;
		int high = figures.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (figures.get(mid).start() < start) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	private static boolean within(List<Sections.Section> ranges, int at) {
		int low = 0;
		int high = ranges.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			Sections.Section range = ranges.get(mid);
			if (at < range.start()) {
				high = mid - 1;
			} else if (at >= range.end()) {
				low = mid + 1;
			} else {
				return true;
			}
		}
		return false;
	}
}
