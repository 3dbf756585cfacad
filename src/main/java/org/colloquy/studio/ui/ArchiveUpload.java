package org.colloquy.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.colloquy.content.CourseArchive;

/**
 * The file chooser for a course archive: one .zip, read in memory. A browser cannot upload a folder, so a course
 * folder comes as the zip of it ("Download as zip" gives one); the studio checks what is inside.
 */
final class ArchiveUpload {

    /** More than any zipped course needs; what is inside is limited again while unpacking. */
    static final long MAX_BYTES = CourseArchive.MAX_UNPACKED_BYTES;

    private ArchiveUpload() {
    }

    static Upload of(BiConsumer<String, byte[]> received, Consumer<String> rejected) {
        Upload upload = new Upload();
        upload.setId("archive-upload");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            upload.clearFileList();
            received.accept(metadata.fileName(), bytes);
        }));
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_BYTES);
        upload.setUploadButton(new Button(upload.getTranslation("studio.home.import-choose")));
        upload.setDropLabel(new Span(upload.getTranslation("studio.home.import-drop")));
        upload.setI18n(new UploadI18N()
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("studio.upload.too-many"))
                        .setFileIsTooBig(upload.getTranslation("studio.archive.too-large",
                                MAX_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(upload.getTranslation("studio.archive.not-zip", "")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("studio.upload.connecting"))
                                .setStalled(upload.getTranslation("studio.upload.stalled"))
                                .setProcessing(upload.getTranslation("studio.upload.processing"))
                                .setHeld(upload.getTranslation("studio.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("studio.upload.remaining"))
                                .setUnknown(upload.getTranslation("studio.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("studio.upload.server-unavailable"))
                                .setUnexpectedServerError(upload.getTranslation("studio.upload.server-error"))
                                .setForbidden(upload.getTranslation("studio.upload.forbidden"))
                                .setFileTooLarge(upload.getTranslation("studio.archive.too-large",
                                        MAX_BYTES / (1024 * 1024)))))
                .setFile(new UploadI18N.File()
                        .setRetry(upload.getTranslation("studio.upload.retry"))
                        .setStart(upload.getTranslation("studio.upload.start"))
                        .setRemove(upload.getTranslation("studio.upload.remove"))));
        upload.addFileRejectedListener(event -> rejected.accept(event.getErrorMessage()));
        return upload;
    }
}
