package org.colloquy.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.colloquy.content.CourseArchive;
import org.colloquy.studio.essay.EssayImport;

/**
 * The studio's file choosers, one file read in memory: an essay (smaller than the import's limit) or a course archive
 * (a .zip; a browser cannot upload a folder, so a course folder comes as the zip of it, "Download as zip" gives one,
 * and what is inside is limited again while unpacking).
 */
final class StudioUpload {

    /** What differs between the choosers: its id, the files it takes, its limit and its words. */
    private record Kind(String id, List<String> accepted, long maxBytes, long megabytes, String chooseKey,
                        String dropKey, String tooLargeKey, String wrongTypeKey) {
    }

    private static final Kind ESSAY = new Kind("essay-upload", List.copyOf(EssayImport.EXTENSIONS),
            EssayImport.MAX_BYTES - 1, EssayImport.MAX_MEGABYTES, "studio.upload.choose", "studio.upload.drop", "studio.import.too-large",
            "studio.upload.wrong-type");
    private static final Kind ARCHIVE = new Kind("archive-upload", List.of(".zip", "application/zip"),
            CourseArchive.MAX_UNPACKED_BYTES, CourseArchive.MAX_UNPACKED_BYTES / (1024 * 1024),
            "studio.home.import-choose", "studio.home.import-drop",
            "studio.archive.too-large", "studio.archive.not-zip");

    private StudioUpload() {
    }

    /** The chooser of an essay file; it hands a received file on, and its own refusal (wrong type, too big) in words. */
    static Upload essay(BiConsumer<String, byte[]> received, Consumer<String> rejected) {
        return of(ESSAY, received, rejected);
    }

    /** The chooser of a course archive, as {@link #essay}. */
    static Upload archive(BiConsumer<String, byte[]> received, Consumer<String> rejected) {
        return of(ARCHIVE, received, rejected);
    }

    private static Upload of(Kind kind, BiConsumer<String, byte[]> received, Consumer<String> rejected) {
        Upload upload = new Upload();
        upload.setId(kind.id());
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            upload.clearFileList();
            received.accept(metadata.fileName(), bytes);
        }));
        upload.setAcceptedFileTypes(kind.accepted().toArray(String[]::new));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) kind.maxBytes());
        long megabytes = kind.megabytes();
        upload.setUploadButton(new Button(upload.getTranslation(kind.chooseKey())));
        upload.setDropLabel(new Span(upload.getTranslation(kind.dropKey(), megabytes)));
        upload.setI18n(texts(upload, upload.getTranslation(kind.tooLargeKey(), megabytes),
                upload.getTranslation(kind.wrongTypeKey(), "")));
        upload.addFileRejectedListener(event -> rejected.accept(event.getErrorMessage()));
        return upload;
    }

    private static UploadI18N texts(Upload upload, String tooLarge, String wrongType) {
        return new UploadI18N()
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("studio.upload.too-many"))
                        .setFileIsTooBig(tooLarge)
                        .setIncorrectFileType(wrongType))
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
                                .setFileTooLarge(tooLarge)))
                .setFile(new UploadI18N.File()
                        .setRetry(upload.getTranslation("studio.upload.retry"))
                        .setStart(upload.getTranslation("studio.upload.start"))
                        .setRemove(upload.getTranslation("studio.upload.remove")));
    }
}
