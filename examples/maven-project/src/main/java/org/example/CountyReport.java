package org.example;

import java.util.List;

import org.example.reports.Gid2021Filing;
import org.example.reports.Gid2021Validator;

import io.formwork.runtime.Language;
import io.formwork.runtime.Status;
import io.formwork.runtime.compiled.Statuses;

/**
 * Builds a county's table 3 (requests received and handled) through the class generated from the 2021
 * template, and checks it with the validator generated from the same template.
 */
public final class CountyReport {

	private CountyReport() {
	}

	/** Natural persons: 40 new requests, 3 carried in, 41 handled, 2 carried over; `handled` can be given wrong. */
	public static Gid2021Filing build(long handled) {
		return Gid2021Filing.builder().source("county-2021").year(2021).body("示例县人民政府办公室")
				.t3ReceivedNatural(40).t3CarriedInNatural(3)
				.t3GrantedNatural(30).t3PartlyGrantedNatural(5).t3UnableNotHeldNatural(6)
				.t3HandledNatural(handled).t3CarriedOverNatural(2)
				.build();
	}

	/** The findings that fail, in the given language. */
	public static List<String> failures(Gid2021Filing filing, Language language) {
		return new Gid2021Validator().findings(filing, null).stream().filter(f -> f.status() == Status.FAIL)
				.map(f -> f.ruleId() + "[" + f.instance() + "] " + f.message(language)).toList();
	}

	/** The fast path: how many instances of error severity fail. */
	public static int errors(Gid2021Filing filing) {
		return new Gid2021Validator().check(filing, null, new byte[Gid2021Validator.INSTANCES]);
	}

	/** Prints what the generated validator finds in a consistent filing and in one with a wrong total. */
	public static void main(String[] args) {
		for (long handled : new long[] { 41, 44 }) {
			Gid2021Filing filing = build(handled);
			System.out.println("handled = " + handled + ": " + errors(filing) + " error(s)");
			failures(filing, Language.EN).forEach(line -> System.out.println("  " + line));
		}
		byte[] statuses = new byte[Gid2021Validator.INSTANCES];
		new Gid2021Validator().check(build(41), null, statuses);
		System.out.println("R1[natural] " + Statuses.of(statuses[0]) + ", " + Gid2021Validator.ruleId(0) + " on "
				+ Gid2021Validator.instance(0));
	}

}
