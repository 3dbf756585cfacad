package org.colloquy.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Full addresses of the application's own pages, as the browser of the current request reaches them. */
public final class ApplicationAddress {

    private ApplicationAddress() {
    }

    /** The address of a path relative to the application's root; the bare path when there is no web request. */
    public static String of(String relativePath) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                    .path("/").path(relativePath)
                    .toUriString();
        }
        return "/" + relativePath;
    }
}
