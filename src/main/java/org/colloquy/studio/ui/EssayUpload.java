package org.colloquy.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.colloquy.studio.essay.EssayImport;

/** The file chooser of the studio: one essay file, read in memory, smaller than the import's limit. */
final class EssayUpload {

    private EssayUpload() {
    }

    /** An upload that hands a received file on, and the upload's own refusal (wrong type, too big) in words. */
    static Upload of(BiConsumer<String, byte[]> received, Consumer<String> rejected) {
        Upload upload = new Upload();
        upload.setId("essay-upload");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            upload.clearFileList();
            received.accept(metadata.fileName(), bytes);
        }));
        upload.setAcceptedFileTypes(EssayImport.EXTENSIONS.toArray(String[]::new));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(EssayImport.MAX_BYTES - 1);
        upload.setUploadButton(new Button(upload.getTranslation("studio.upload.choose")));
        upload.setDropLabel(new Span(upload.getTranslation("studio.upload.drop", EssayImport.MAX_MEGABYTES)));
        upload.setI18n(texts(upload));
        upload.addFileRejectedListener(event -> rejected.accept(event.getErrorMessage()));
        return upload;
    }

    private static UploadI18N texts(Upload upload) {
        return new UploadI18N()
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("studio.upload.too-many"))
                        .setFileIsTooBig(upload.getTranslation("studio.import.too-large", EssayImport.MAX_MEGABYTES))
                        .setIncorrectFileType(upload.getTranslation("studio.upload.wrong-type")))
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
                                .setFileTooLarge(upload.getTranslation("studio.import.too-large",
                                        EssayImport.MAX_MEGABYTES))))
                .setFile(new UploadI18N.File()
                        .setRetry(upload.getTranslation("studio.upload.retry"))
                        .setStart(upload.getTranslation("studio.upload.start"))
                        .setRemove(upload.getTranslation("studio.upload.remove")));
    }
}
