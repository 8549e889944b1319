package io.formwork.lang.ui.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import io.formwork.lang.PartialReparse;
import io.formwork.lang.ui.FormworkUi;

/**
 * The sources of one project (or one folder outside the workspace) as one Xtext resource set: every template
 * and catalog is loaded, so that imports, scoping and go-to-definition see them all, and each open editor's
 * document replaces its file's saved text ({@link PartialReparse}: as one types, only the changed region is
 * parsed again, then the model is linked again whole). One lock guards the set; editor services (reconcile, content
 * assist, hover…) run their work under it, against the document text they were given.
 *
 * <p>A long job under the lock (validation of a large template) checks {@link #othersWaiting()} through its
 * cancel indicator and gives way to interactive requests such as content assist.
 */
public final class SourceModel {

	private final Object key;
	private final XtextResourceSet set;
	private final ReentrantLock lock = new ReentrantLock();
	private final AtomicInteger waiting = new AtomicInteger();
	/** For each document-backed resource: the modification stamp of the text it was last parsed from. */
	private final Map<URI, Long> parsedStamps = new HashMap<>();
	/** For each document-backed resource: the set generation it was last linked in. */
	private final Map<URI, Long> linkedGeneration = new HashMap<>();
	private long generation;
	private boolean loaded;
	private final SourceLister lister;

	/** Lists the template and catalog files (.form) of a model's root. */
	public interface SourceLister {
		List<URI> templates();
	}

	SourceModel(Object key, SourceLister lister) {
		this.key = key;
		this.lister = lister;
		this.set = FormworkUi.formworkInjector().getInstance(XtextResourceSet.class);
		this.set.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
	}

	public Object key() {
		return key;
	}

	/** True while another thread waits for this model: long jobs stop and are rescheduled. */
	public boolean othersWaiting() {
		return waiting.get() > 0;
	}

	/**
	 * Runs {@code work} on the resource of {@code uri} parsed from {@code text}, under the model's lock.
	 *
	 * @param stamp the document's modification stamp; the text is reparsed only when it changed
	 */
	public <T> T withDocument(URI uri, String text, long stamp, Function<XtextResource, T> work) {
		waiting.incrementAndGet();
		lock.lock();
		waiting.decrementAndGet();
		try {
			return work.apply(update(uri, text, stamp));
		} finally {
			lock.unlock();
		}
	}

	/** Runs {@code work} on the resource set as it is (used for resources other than the document's). */
	public <T> T withSet(Function<XtextResourceSet, T> work) {
		waiting.incrementAndGet();
		lock.lock();
		waiting.decrementAndGet();
		try {
			loadAll();
			return work.apply(set);
		} finally {
			lock.unlock();
		}
	}

	private XtextResource update(URI uri, String text, long stamp) {
		loadAll();
		Resource existing = set.getResource(uri, false);
		try {
			if (existing == null) {
				XtextResource resource = (XtextResource) set.createResource(uri);
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
				changed(uri, stamp);
				return resource;
			}
			XtextResource resource = (XtextResource) existing;
			Long parsed = parsedStamps.get(uri);
			if (parsed == null || parsed != stamp) {
				// typing: the changed region through Xtext's partial parsing, else the whole text
				PartialReparse.apply(resource, text);
				changed(uri, stamp);
			} else if (linkedGeneration.getOrDefault(uri, -1L) != generation) {
				// another source changed since: link this one again against the new objects
				resource.reparse(text);
				linkedGeneration.put(uri, generation);
			}
			return resource;
		} catch (IOException e) {
			throw new IllegalStateException(uri + ": " + e.getMessage(), e);
		}
	}

	private void changed(URI uri, long stamp) {
		parsedStamps.put(uri, stamp);
		generation++;
		linkedGeneration.put(uri, generation);
	}

	/** The editor of {@code uri} closed: the resource goes back to the saved file's text. */
	public void documentClosed(URI uri) {
		waiting.incrementAndGet();
		lock.lock();
		waiting.decrementAndGet();
		try {
			parsedStamps.remove(uri);
			linkedGeneration.remove(uri);
			Resource resource = set.getResource(uri, false);
			if (resource != null) {
				resource.unload();
				set.getResources().remove(resource);
				if (uri.fileExtension() != null && uri.fileExtension().equals("form")) {
					loadQuietly(uri);
				}
				generation++;
			}
		} finally {
			lock.unlock();
		}
	}

	/** A saved file changed, appeared or disappeared: reload it unless an editor has it open. */
	public void fileChanged(URI uri, boolean exists) {
		waiting.incrementAndGet();
		lock.lock();
		waiting.decrementAndGet();
		try {
			if (!loaded || parsedStamps.containsKey(uri)) {
				return;
			}
			Resource resource = set.getResource(uri, false);
			if (resource != null) {
				resource.unload();
				set.getResources().remove(resource);
			}
			if (exists && "form".equals(uri.fileExtension())) {
				loadQuietly(uri);
			}
			generation++;
		} finally {
			lock.unlock();
		}
	}

	private void loadAll() {
		if (!loaded) {
			loaded = true;
			List<URI> uris = new ArrayList<>(lister.templates());
			for (URI uri : uris) {
				if (set.getResource(uri, false) == null) {
					loadQuietly(uri);
				}
			}
		}
	}

	private void loadQuietly(URI uri) {
		try {
			set.getResource(uri, true);
		} catch (RuntimeException e) {
			// an unreadable file: its editor and the builder say why
			Resource broken = set.getResource(uri, false);
			if (broken != null) {
				set.getResources().remove(broken);
			}
		}
	}
}
