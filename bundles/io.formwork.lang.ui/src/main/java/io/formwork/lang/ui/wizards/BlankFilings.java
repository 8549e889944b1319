package io.formwork.lang.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.formwork.forms.DocxForm;
import io.formwork.forms.XlsxForm;
import io.formwork.lang.formwork.FormFile;
import io.formwork.lang.formwork.Template;
import io.formwork.lang.ui.model.SourceModels;
import io.formwork.pipeline.CompiledTemplate;

/**
 * A blank filing of a template, in one of the formats people fill: the textual filing (.filing, every reported
 * cell listed), or the Word and Excel forms that {@code formwork form} writes (io.formwork.forms: laid out as
 * the official template, naming the template in their document properties). Never written over a file.
 */
public final class BlankFilings {

	/** The formats of a new filing. */
	public enum Format {
		FILING("filing"), XLSX("xlsx"), DOCX("docx");

		public final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		/** The format of a file name's extension, or null. */
		public static Format of(String fileName) {
			String lower = fileName.toLowerCase(Locale.ROOT);
			for (Format format : values()) {
				if (lower.endsWith("." + format.extension)) {
					return format;
				}
			}
			return null;
		}
	}

	private BlankFilings() {
	}

	/** The contents of a blank filing of the template in a .form file; null when the file holds no template. */
	public static byte[] contents(IFile templateFile, Format format) {
		return SourceModels.model(templateFile.getProject()).withSet(set -> {
			Resource resource = set.getResource(SourceModels.of(templateFile).uri(), true);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof FormFile form)
					|| form.getTemplate() == null) {
				return null;
			}
			EcoreUtil.resolveAll(resource);
			Template template = form.getTemplate();
			if (format == Format.FILING) {
				return Skeletons.blankFiling(template, null).getBytes(StandardCharsets.UTF_8);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				CompiledTemplate workspace = CompiledTemplate.of(set, template);
				if (format == Format.XLSX) {
					XlsxForm.write(workspace.form, null, out);
				} else {
					DocxForm.write(workspace.form, null, out);
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return out.toByteArray();
		});
	}

	/**
	 * Creates a blank filing of the template at {@code target} in the format of its extension. Refuses (and
	 * changes nothing) when the target exists or the template cannot be used.
	 */
	public static void create(IFile templateFile, IFile target, IProgressMonitor monitor) throws CoreException {
		Format format = Format.of(target.getName());
		if (format == null) {
			throw error("新填报须为 .filing、.xlsx 或 .docx 文件：" + target.getName(),
					"A new filing is a .filing, .xlsx or .docx file: " + target.getName());
		}
		if (target.exists() || target.getLocation() != null && target.getLocation().toFile().exists()) {
			throw error(target.getFullPath() + " 已存在，不会覆盖。", target.getFullPath() + " exists and is not overwritten.");
		}
		byte[] bytes;
		try {
			bytes = contents(templateFile, format);
		} catch (RuntimeException e) {
			throw error("无法由模板生成填报：" + e.getMessage(), "Cannot make a filing of the template: " + e.getMessage());
		}
		if (bytes == null) {
			throw error(templateFile.getName() + " 中没有模板。", templateFile.getName() + " holds no template.");
		}
		// create(..., force=false) fails rather than overwrite, should a file appear meanwhile
		target.create(new ByteArrayInputStream(bytes), false, monitor);
		if (format == Format.FILING) {
			target.setCharset("UTF-8", monitor);
		}
	}

	private static CoreException error(String zh, String en) {
		return new CoreException(Status.error(zh + " " + en));
	}
}
