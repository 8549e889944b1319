package io.formwork.bench;

public final class Main {
	public static void main(String[] args) throws Exception {
		org.openjdk.jmh.Main.main(args);
	}
}
