package io.formwork.runtime.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file operation failed, in words (English; the JDK's own reason where it gives one). */
public final class Why {

	private Why() {
	}

	/** "permission denied", "the folder does not exist", "no space left on device"… never a class name alone. */
	public static String of(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (e instanceof FileAlreadyExistsException) {
			return "exists";
		}
		if (e instanceof NotDirectoryException) {
			return "a part of the path is not a folder";
		}
		if (e instanceof DirectoryNotEmptyException) {
			return "is a non-empty folder";
		}
		if (e instanceof FileSystemException f && f.getReason() != null) {
			return f.getReason();
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
